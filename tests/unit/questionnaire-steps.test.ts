import { describe, expect, it } from "vitest";
import { z } from "zod";
import { profileSchema } from "@/lib/profile";
import {
  ALL_FIELDS,
  STEPS,
  UNITS,
  errorPaths,
  firstStepWithError,
  stepOfPath,
  visibleSteps,
} from "@/lib/profile/questionnaire-steps";
import { describeField } from "@/lib/profile/field-specs";

// Every leaf of the profile, read from the schema itself (not from lib/profile/questionnaire-steps.ts), minus the constant version.
function schemaLeaves(): string[] {
  const leaves: string[] = [];
  for (const [key, value] of Object.entries(profileSchema.shape)) {
    if (key === "version") continue;
    const inner = value instanceof z.ZodOptional ? value.unwrap() : value;
    if (inner instanceof z.ZodObject) {
      for (const field of Object.keys(inner.shape)) leaves.push(`${key}.${field}`);
    } else {
      leaves.push(key);
    }
  }
  return leaves;
}

// The profile fields of contract v2 (v1's and the six v2 adds), written out by hand: a field dropped
// from the schema fails too.
const CONTRACT_FIELDS = [
  "purpose",
  "repayment.onTimeMonths",
  "repayment.latePayments12m",
  "repayment.currentlyOverdue",
  "repayment.autopay",
  "borrowing.draws6m",
  "borrowing.applications3m",
  "borrowing.activeLenders",
  "borrowing.largestDraw6m",
  "finances.monthlyIncome",
  "finances.monthlyDebtPayments",
  "finances.currentLimit",
  "finances.usedLimit",
  "finances.incomeSource",
  "finances.incomeProof",
  "assets.liquidSavings",
  "assets.investments",
  "assets.ownsProperty",
  "assets.ownsCar",
  "assets.providentFund",
  "assets.declared",
  "ecosystem.accountYears",
  "ecosystem.monthlyTransactions",
  "ecosystem.billsLinked",
  "ecosystem.cardsLinked",
  "ecosystem.huabeiActive",
  "ecosystem.profileComplete",
  "ecosystem.zhimaScore",
  "spending.monthlySpending",
  "spending.categories",
  "spending.largePurchases3m",
  "business.registered",
  "business.monthlyRevenue",
  "business.taxRecords",
  "business.paymentsReceived",
  "business.monthlyPurchases",
];

describe("questionnaire steps", () => {
  it("ask every profile field of the schema exactly once", () => {
    const asked = STEPS.flatMap((step) => [...step.fields]);
    expect(new Set(asked).size).toBe(asked.length);
    expect([...asked].sort()).toEqual(schemaLeaves().sort());
  });

  it("ask every field the contract lists", () => {
    expect([...ALL_FIELDS].sort()).toEqual([...CONTRACT_FIELDS].sort());
  });

  it("put each field in the step of its own section, purpose first and business last", () => {
    expect(STEPS[0].id).toBe("purpose");
    expect(STEPS.at(-1)?.id).toBe("business");
    for (const step of STEPS) {
      for (const name of step.fields) expect(name === "purpose" ? "purpose" : name.split(".")[0]).toBe(step.id);
    }
  });

  it("show the business step only for business use", () => {
    expect(visibleSteps("personal").map((s) => s.id)).not.toContain("business");
    expect(visibleSteps("business").map((s) => s.id)).toContain("business");
    expect(visibleSteps("personal")).toHaveLength(7);
    expect(visibleSteps("business")).toHaveLength(8);
  });

  it("read ranges and nullability from the schema", () => {
    expect(describeField("repayment.onTimeMonths")).toMatchObject({
      kind: "number",
      min: 0,
      max: 600,
      integer: true,
      nullable: false,
      unit: "months",
    });
    expect(describeField("ecosystem.zhimaScore")).toMatchObject({ min: 350, max: 950, integer: true, nullable: true });
    expect(describeField("finances.currentLimit")).toMatchObject({ integer: false, nullable: true, unit: "yuan" });
    expect(describeField("ecosystem.accountYears")).toMatchObject({ integer: false, max: 25 });
    expect(describeField("business.monthlyRevenue")).toMatchObject({ kind: "number", max: 1_000_000_000 });
    expect(describeField("assets.ownsCar").kind).toBe("boolean");
    expect(describeField("purpose").kind).toBe("purpose");
    expect(describeField("borrowing.largestDraw6m")).toMatchObject({ kind: "number", max: 1_000_000, nullable: true, unit: "yuan" });
    expect(describeField("business.paymentsReceived")).toMatchObject({ integer: true, max: 100_000, nullable: true });
    expect(describeField("business.monthlyPurchases")).toMatchObject({ integer: false, nullable: true, unit: "yuan" });
    expect(describeField("assets.declared").kind).toBe("boolean");
    expect(describeField("finances.incomeProof").kind).toBe("boolean");
  });

  it("offer the income sources of the schema as a choice, asked before the income it describes", () => {
    expect(describeField("finances.incomeSource")).toEqual({
      kind: "choice",
      name: "finances.incomeSource",
      section: "finances",
      field: "incomeSource",
      options: ["salary", "business", "freelance", "pension", "none"],
    });
    const finances = STEPS.find((s) => s.id === "finances")!.fields as readonly string[];
    expect(finances.indexOf("finances.incomeSource")).toBeLessThan(finances.indexOf("finances.monthlyIncome"));
    expect(finances.indexOf("finances.incomeSource")).toBeLessThan(finances.indexOf("finances.incomeProof"));
  });

  it("give exactly the number fields a unit, and only the contract's nullable ones an unknown option", () => {
    const specs = ALL_FIELDS.map(describeField);
    const numbers = specs.filter((s) => s.kind === "number").map((s) => s.name);
    expect([...numbers].sort()).toEqual(Object.keys(UNITS).sort());
    const nullable = specs.filter((s) => s.kind === "number" && s.nullable).map((s) => s.name);
    expect(nullable.sort()).toEqual([
      "borrowing.largestDraw6m",
      "business.monthlyPurchases",
      "business.paymentsReceived",
      "ecosystem.zhimaScore",
      "finances.currentLimit",
      "finances.usedLimit",
    ]);
  });
});

describe("error paths", () => {
  it("map paths to steps", () => {
    expect(stepOfPath("finances.usedLimit")).toBe("finances");
    expect(stepOfPath(["business"])).toBe("business");
    expect(stepOfPath("purpose")).toBe("purpose");
    expect(stepOfPath("version")).toBeUndefined();
    expect(stepOfPath([])).toBeUndefined();
  });

  it("find the first step with an error among the visible steps", () => {
    const steps = visibleSteps("business");
    expect(firstStepWithError(steps, ["spending.categories", "borrowing.draws6m"])).toBe(2);
    expect(firstStepWithError(steps, ["business.monthlyRevenue"])).toBe(7);
    expect(firstStepWithError(visibleSteps("personal"), ["business.monthlyRevenue"])).toBe(-1);
    expect(firstStepWithError(steps, [])).toBe(-1);
  });

  it("flatten a react-hook-form errors tree", () => {
    const errors = {
      finances: { usedLimit: { type: "custom", message: "too much", ref: { name: "x" } } },
      repayment: { onTimeMonths: { type: "invalid_type", message: "Required." } },
      business: { type: "custom", message: "needed" },
      root: { server: { type: "server", message: "oops" } },
    };
    expect(errorPaths(errors).sort()).toEqual(["business", "finances.usedLimit", "repayment.onTimeMonths"]);
  });
});
