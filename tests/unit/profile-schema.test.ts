// The profile schema is contract v2 (v1 still accepted and upgraded): its edge values pass, and every out-of-range, wrong-type or unknown
// answer is rejected with the path of the field at fault and a message in the reader's language.
import { describe, expect, it } from "vitest";
import {
  anyProfileSchema,
  defaultBusiness,
  defaultProfile,
  profileErrorMap,
  profileSchema,
  profileSchemaV1,
  upgradeProfile,
  type Profile,
  type ProfileV1,
} from "@/lib/profile";
import { translatorFor } from "@/lib/i18n/translator";

type Path = readonly [string, string];

/** Every numeric field with its contract range and whether it must be whole. */
const NUMBERS: { path: Path; min: number; max: number; int: boolean }[] = [
  { path: ["repayment", "onTimeMonths"], min: 0, max: 600, int: true },
  { path: ["repayment", "latePayments12m"], min: 0, max: 60, int: true },
  { path: ["borrowing", "draws6m"], min: 0, max: 200, int: true },
  { path: ["borrowing", "applications3m"], min: 0, max: 100, int: true },
  { path: ["borrowing", "activeLenders"], min: 0, max: 50, int: true },
  { path: ["borrowing", "largestDraw6m"], min: 0, max: 1_000_000, int: false },
  { path: ["finances", "monthlyIncome"], min: 0, max: 10_000_000, int: false },
  { path: ["finances", "monthlyDebtPayments"], min: 0, max: 10_000_000, int: false },
  { path: ["finances", "currentLimit"], min: 0, max: 1_000_000, int: false },
  { path: ["assets", "liquidSavings"], min: 0, max: 1_000_000_000, int: false },
  { path: ["assets", "investments"], min: 0, max: 1_000_000_000, int: false },
  { path: ["ecosystem", "accountYears"], min: 0, max: 25, int: false },
  { path: ["ecosystem", "monthlyTransactions"], min: 0, max: 10_000, int: true },
  { path: ["ecosystem", "cardsLinked"], min: 0, max: 30, int: true },
  { path: ["ecosystem", "zhimaScore"], min: 350, max: 950, int: true },
  { path: ["spending", "monthlySpending"], min: 0, max: 100_000_000, int: false },
  { path: ["spending", "categories"], min: 0, max: 20, int: true },
  { path: ["spending", "largePurchases3m"], min: 0, max: 100, int: true },
  { path: ["business", "monthlyRevenue"], min: 0, max: 1_000_000_000, int: false },
  { path: ["business", "paymentsReceived"], min: 0, max: 100_000, int: true },
  { path: ["business", "monthlyPurchases"], min: 0, max: 1_000_000_000, int: false },
];

const BOOLEANS: Path[] = [
  ["repayment", "currentlyOverdue"],
  ["repayment", "autopay"],
  ["assets", "ownsProperty"],
  ["assets", "ownsCar"],
  ["assets", "providentFund"],
  ["ecosystem", "billsLinked"],
  ["ecosystem", "huabeiActive"],
  ["ecosystem", "profileComplete"],
  ["business", "registered"],
  ["business", "taxRecords"],
  ["finances", "incomeProof"],
  ["assets", "declared"],
];

const NULLABLE = new Set([
  "finances.currentLimit",
  "finances.usedLimit",
  "ecosystem.zhimaScore",
  "borrowing.largestDraw6m",
  "business.paymentsReceived",
  "business.monthlyPurchases",
]);

const businessBase: Profile = { ...defaultProfile, purpose: "business", business: defaultBusiness };

/** A valid profile (business when the field is in the business block) with one answer replaced. */
function withValue([section, field]: Path, value: unknown): unknown {
  const base = structuredClone(section === "business" ? businessBase : defaultProfile) as unknown as Record<string, Record<string, unknown>>;
  base[section] = { ...base[section], [field]: value };
  return base;
}

function issuesOf(input: unknown, locale: "en" | "zh-CN" = "en") {
  const result = profileSchema.safeParse(input, { error: profileErrorMap(translatorFor(locale, "validation")) });
  return result.success ? [] : result.error.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
}

describe("profile schema: accepted edge values", () => {
  it.each(NUMBERS)("$path.1 takes its minimum and maximum", ({ path, min, max }) => {
    expect(issuesOf(withValue(path, min))).toEqual([]);
    // usedLimit may not exceed currentLimit, so the maximum limit is checked with nothing used.
    expect(issuesOf(withValue(path, max))).toEqual([]);
  });

  it.each(BOOLEANS)("%s.%s takes true and false", (section, field) => {
    expect(issuesOf(withValue([section, field], true))).toEqual([]);
    expect(issuesOf(withValue([section, field], false))).toEqual([]);
  });

  it("takes every income source", () => {
    for (const source of ["salary", "business", "freelance", "pension", "none"]) {
      expect(issuesOf(withValue(["finances", "incomeSource"], source)), source).toEqual([]);
    }
  });

  it("takes null for the six 'I don't know' answers", () => {
    for (const key of NULLABLE) {
      const [section, field] = key.split(".") as [string, string];
      expect(issuesOf(withValue([section, field], null)), key).toEqual([]);
    }
  });

  it("takes a used amount equal to the limit, and any used amount when the limit is unknown", () => {
    const finances = { ...defaultProfile.finances, currentLimit: 5000, usedLimit: 5000 };
    expect(issuesOf({ ...defaultProfile, finances })).toEqual([]);
    expect(issuesOf({ ...defaultProfile, finances: { ...finances, currentLimit: null, usedLimit: 1_000_000 } })).toEqual([]);
  });
});

describe("profile schema: rejections name the field", () => {
  it.each(NUMBERS)("$path.1 rejects below, above, wrong type, non-finite", ({ path, min, max, int }) => {
    const key = path.join(".");
    for (const bad of [min - 1, max + 1, "12", true, Number.NaN, Number.POSITIVE_INFINITY]) {
      const issues = issuesOf(withValue(path, bad));
      expect(issues.map((i) => i.path), `${key} = ${String(bad)}`).toContain(key);
    }
    if (int) expect(issuesOf(withValue(path, min + 0.5)).map((i) => i.path)).toContain(key);
    if (!NULLABLE.has(key)) expect(issuesOf(withValue(path, null)).map((i) => i.path)).toContain(key);
  });

  it.each(BOOLEANS)("%s.%s rejects non-booleans", (section, field) => {
    for (const bad of ["true", 1, null]) {
      expect(issuesOf(withValue([section, field], bad)).map((i) => i.path)).toContain(`${section}.${field}`);
    }
  });

  it("rejects an unknown key at the top and inside a section, naming it", () => {
    const top = issuesOf({ ...defaultProfile, nickname: "x" });
    expect(top).toEqual([{ path: "", message: "Unknown field: nickname." }]);
    const inner = issuesOf(withValue(["assets", "gold"], 1));
    expect(inner).toEqual([{ path: "assets", message: "Unknown field: gold." }]);
  });

  it("rejects a missing field, a wrong version and an unknown purpose", () => {
    const { autopay: _dropped, ...repayment } = defaultProfile.repayment;
    expect(issuesOf({ ...defaultProfile, repayment })).toEqual([{ path: "repayment.autopay", message: "Required." }]);
    expect(issuesOf({ ...defaultProfile, version: 1 }).map((i) => i.path)).toEqual(["version"]);
    expect(issuesOf(withValue(["finances", "incomeSource"], "lottery")).map((i) => i.path)).toEqual(["finances.incomeSource"]);
    expect(issuesOf({ ...defaultProfile, purpose: "gambling" }).map((i) => i.path)).toEqual(["purpose"]);
  });

  it("keeps the business block to business use, and requires it there", () => {
    expect(issuesOf({ ...defaultProfile, purpose: "business" })).toEqual([
      { path: "business", message: "Business details are required when the line is used for business." },
    ]);
    expect(issuesOf({ ...defaultProfile, business: defaultBusiness }).map((i) => i.path)).toEqual(["business"]);
  });

  it("rejects a used amount above the limit, on usedLimit, in Chinese too", () => {
    const finances = { ...defaultProfile.finances, currentLimit: 5000, usedLimit: 5001 };
    expect(issuesOf({ ...defaultProfile, finances }, "zh-CN")).toEqual([
      { path: "finances.usedLimit", message: "已用额度不能超过当前总额度。" },
    ]);
  });

  it("gives range messages with the bound in both languages", () => {
    const over = withValue(["repayment", "onTimeMonths"], 601);
    expect(issuesOf(over, "en")).toEqual([{ path: "repayment.onTimeMonths", message: "Must be at most 600." }]);
    expect(issuesOf(over, "zh-CN")).toEqual([{ path: "repayment.onTimeMonths", message: "不能大于 600。" }]);
  });

  it("rejects things that are not a profile at all", () => {
    for (const bad of [null, [], "profile", 42]) expect(issuesOf(bad).length).toBeGreaterThan(0);
  });
});

// A v1 profile as the old questionnaire sent it: no v2 answers.
const v1: ProfileV1 = {
  version: 1,
  purpose: "personal",
  repayment: { ...defaultProfile.repayment },
  borrowing: { draws6m: 2, applications3m: 0, activeLenders: 1 },
  finances: { monthlyIncome: 8000, monthlyDebtPayments: 1000, currentLimit: 20000, usedLimit: 5000 },
  assets: { liquidSavings: 10000, investments: 0, ownsProperty: true, ownsCar: false, providentFund: true },
  ecosystem: { ...defaultProfile.ecosystem },
  spending: { ...defaultProfile.spending },
};

describe("profile v1: still accepted, upgraded to v2", () => {
  it("accepts a v1 profile under v1's schema and every call's schema, and rejects v2 answers in it", () => {
    expect(profileSchemaV1.safeParse(v1).success).toBe(true);
    expect(profileSchema.safeParse(v1).success).toBe(false);
    const withV2Answer = { ...v1, assets: { ...v1.assets, declared: true } };
    expect(profileSchemaV1.safeParse(withV2Answer).success).toBe(false);
    expect(anyProfileSchema.safeParse(withV2Answer).success).toBe(false);
  });

  it("upgrades by the contract's rule, into a valid v2 profile", () => {
    const up = upgradeProfile(v1);
    expect(profileSchema.safeParse(up).success).toBe(true);
    expect(up.version).toBe(2);
    expect(up.finances).toMatchObject({ incomeSource: "salary", incomeProof: true, monthlyIncome: 8000, currentLimit: 20000 });
    expect(up.borrowing.largestDraw6m).toBeNull();
    expect(up.assets.declared).toBe(false);
    expect(anyProfileSchema.parse(v1)).toEqual(up);
  });

  it("upgrades no income to source none, and a business with its unknown new answers", () => {
    expect(upgradeProfile({ ...v1, finances: { ...v1.finances, monthlyIncome: 0 } }).finances.incomeSource).toBe("none");
    const business = upgradeProfile({
      ...v1,
      purpose: "business",
      assets: { ...v1.assets, providentFund: false },
      business: { registered: true, monthlyRevenue: 50000, taxRecords: true },
    });
    expect(business.finances).toMatchObject({ incomeSource: "business", incomeProof: false });
    expect(business.business).toEqual({ registered: true, monthlyRevenue: 50000, taxRecords: true, paymentsReceived: null, monthlyPurchases: null });
    expect(profileSchema.safeParse(business).success).toBe(true);
  });

  it("leaves a v2 profile as it is", () => {
    expect(upgradeProfile(defaultProfile)).toBe(defaultProfile);
  });
});
