// The contract's diagnosis rules, checked over random valid profiles, events and dates.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Profile } from "@/lib/profile/schema";
import { HIGH_DEBT_BURDEN, debtBurden, evaluate } from "@/lib/scoring";
import { CAUSE_IDS, CAUSE_STEPS, CHANNEL_IDS, DIAGNOSIS_EVENTS, diagnose, type CauseId, type DiagnosisRequest } from "@/lib/scoring/diagnosis";
import { validProfileArb } from "../fixtures/arbitraries";
import { PROPERTY_TIMEOUT, RUNS } from "./scoring-helpers";

const requestArb: fc.Arbitrary<DiagnosisRequest> = fc.record({
  event: fc.constantFrom(...DIAGNOSIS_EVENTS),
  monthsAgo: fc.integer({ min: 0, max: 24 }),
});

const withRepayment = (p: Profile, change: Partial<Profile["repayment"]>): Profile => ({ ...p, repayment: { ...p.repayment, ...change } });
const withBorrowing = (p: Profile, change: Partial<Profile["borrowing"]>): Profile => ({ ...p, borrowing: { ...p.borrowing, ...change } });

const valueAt = (p: Profile, path: string[]): unknown =>
  path.reduce<unknown>((v, key) => (v !== null && typeof v === "object" ? (v as Record<string, unknown>)[key] : undefined), p);

const use = (p: Profile) => {
  const { currentLimit, usedLimit } = p.finances;
  return currentLimit && usedLimit !== null ? usedLimit / currentLimit : null;
};

/** For each cause, what each answer it names must say for it to point that way (the contract's words, not the code's). */
const POINTS_THAT_WAY: Record<CauseId, Record<string, (p: Profile) => boolean>> = {
  overdue: { "repayment.currentlyOverdue": (p) => p.repayment.currentlyOverdue },
  "late-payments": { "repayment.latePayments12m": (p) => p.repayment.latePayments12m > 0 },
  "many-applications": { "borrowing.applications3m": (p) => p.borrowing.applications3m > 1 },
  "multi-lending": { "borrowing.activeLenders": (p) => p.borrowing.activeLenders > 1 },
  "high-debt-burden": {
    "finances.monthlyDebtPayments": (p) => p.finances.monthlyDebtPayments > 0 && debtBurden(p) >= 0.4,
    "finances.monthlyIncome": (p) => debtBurden(p) >= 0.4,
  },
  "line-maxed": {
    "finances.usedLimit": (p) => (use(p) ?? 0) >= 0.7,
    "finances.currentLimit": (p) => (use(p) ?? 0) >= 0.7,
  },
  "frequent-draws": { "borrowing.draws6m": (p) => p.borrowing.draws6m > 6 },
  "large-draw": {
    "borrowing.largestDraw6m": (p) => (p.borrowing.largestDraw6m ?? 0) > 0.5 * (p.finances.currentLimit ?? Infinity),
    "finances.currentLimit": (p) => (p.finances.currentLimit ?? 0) > 0,
  },
  "unused-line": { "borrowing.draws6m": (p) => p.borrowing.draws6m === 0 },
  "thin-record": {
    "repayment.onTimeMonths": (p) => p.repayment.onTimeMonths < 6,
    "ecosystem.accountYears": (p) => p.ecosystem.accountYears < 1,
  },
  "income-ceiling": {
    "finances.monthlyIncome": (p) => p.finances.monthlyIncome === 0 || (p.finances.currentLimit ?? 0) >= 4 * p.finances.monthlyIncome,
    "finances.currentLimit": (p) => (p.finances.currentLimit ?? 0) >= 4 * p.finances.monthlyIncome,
  },
  "lender-review": {},
};

/** A profile with no weakness the diagnosis could name: every answer on the good side of every line it draws. */
const soundProfileArb: fc.Arbitrary<Profile> = fc
  .record({
    p: validProfileArb,
    income: fc.integer({ min: 1_000, max: 200_000 }),
    debtShare: fc.double({ min: 0, max: 0.39, noNaN: true }),
    draws: fc.integer({ min: 1, max: 6 }),
    small: fc.constantFrom(0, 1),
    lenders: fc.constantFrom(0, 1),
    onTime: fc.integer({ min: 6, max: 600 }),
    years: fc.double({ min: 1, max: 25, noNaN: true }),
    limitShare: fc.option(fc.double({ min: 0, max: 3.9, noNaN: true }), { nil: null }),
    usedShare: fc.option(fc.double({ min: 0, max: 0.69, noNaN: true }), { nil: null }),
    drawShare: fc.option(fc.double({ min: 0, max: 0.5, noNaN: true }), { nil: null }),
  })
  .map(({ p, income, debtShare, draws, small, lenders, onTime, years, limitShare, usedShare, drawShare }) => {
    const currentLimit = limitShare === null ? null : Math.floor(limitShare * income);
    return {
      ...p,
      repayment: { ...p.repayment, currentlyOverdue: false, latePayments12m: 0, onTimeMonths: onTime },
      borrowing: {
        draws6m: draws,
        applications3m: small,
        activeLenders: lenders,
        largestDraw6m: currentLimit === null || drawShare === null ? null : Math.floor(drawShare * currentLimit),
      },
      finances: {
        ...p.finances,
        monthlyIncome: income,
        monthlyDebtPayments: Math.floor(debtShare * income),
        currentLimit,
        usedLimit: currentLimit === null || usedShare === null ? null : Math.floor(usedShare * currentLimit),
      },
      ecosystem: { ...p.ecosystem, accountYears: years },
    };
  });

/** Profiles with the multi-lending warning: several lenders, many applications, or both. */
const multiLendingArb: fc.Arbitrary<Profile> = fc
  .record({ p: validProfileArb, lenders: fc.integer({ min: 0, max: 50 }), applications: fc.integer({ min: 0, max: 100 }), which: fc.constantFrom(0, 1, 2) })
  .map(({ p, lenders, applications, which }) =>
    withBorrowing(p, {
      activeLenders: which === 1 ? p.borrowing.activeLenders : Math.max(3, lenders),
      applications3m: which === 0 ? p.borrowing.applications3m : Math.max(4, applications),
    }),
  );

describe("diagnosis: the contract's rules", { timeout: PROPERTY_TIMEOUT }, () => {
  it("something overdue now: overdue is the first cause, and strong", () => {
    fc.assert(
      fc.property(validProfileArb, requestArb, (p, request) => {
        const { causes } = diagnose(withRepayment(p, { currentlyOverdue: true }), request);
        expect(causes[0]).toEqual({ id: "overdue", strength: "strong", evidence: [["repayment", "currentlyOverdue"]] });
      }),
      RUNS,
    );
  });

  it("nothing overdue: overdue is never a cause", () => {
    fc.assert(
      fc.property(validProfileArb, requestArb, (p, request) => {
        const { causes } = diagnose(withRepayment(p, { currentlyOverdue: false }), request);
        expect(causes.map((c) => c.id)).not.toContain("overdue");
      }),
      RUNS,
    );
  });

  it("with the multi-lending warning, multi-lending or many applications is among the first two", () => {
    fc.assert(
      fc.property(fc.oneof(multiLendingArb, validProfileArb), requestArb, (p, request) => {
        if (!evaluate(p).warnings.some((w) => w.id === "multi-lending")) return;
        const firstTwo = diagnose(p, request).causes.slice(0, 2).map((c) => c.id);
        expect(firstTwo.some((id) => id === "multi-lending" || id === "many-applications")).toBe(true);
      }),
      RUNS,
    );
  });

  it("no weakness: lender-review is the first and only cause, and nothing strong is invented", () => {
    fc.assert(
      fc.property(soundProfileArb, requestArb, (p, request) => {
        expect(debtBurden(p)).toBeLessThan(HIGH_DEBT_BURDEN);
        const { causes, steps } = diagnose(p, request);
        expect(causes).toEqual([{ id: "lender-review", strength: "possible", evidence: [] }]);
        // What is worth doing anyway: the plan's own best steps, in its order.
        const offered = evaluate(p).recommendations.map((r) => r.id);
        expect(steps).toEqual(offered.slice(0, steps.length));
      }),
      RUNS,
    );
  });

  it("each cause names answers that exist and point that way; only lender-review names none", () => {
    fc.assert(
      fc.property(validProfileArb, requestArb, (p, request) => {
        for (const cause of diagnose(p, request).causes) {
          expect(CAUSE_IDS).toContain(cause.id);
          if (cause.id === "lender-review") {
            expect(cause.evidence).toEqual([]);
            continue;
          }
          expect(cause.evidence.length).toBeGreaterThan(0);
          for (const path of cause.evidence) {
            expect(valueAt(p, path), path.join(".")).not.toBeUndefined();
            const check = POINTS_THAT_WAY[cause.id][path.join(".")];
            expect(check, `${cause.id}: ${path.join(".")}`).toBeDefined();
            expect(check!(p), `${cause.id}: ${path.join(".")}`).toBe(true);
          }
        }
      }),
      RUNS,
    );
  });

  it("ranked strongest first, each cause once; lender-review named whenever nothing is strong", () => {
    fc.assert(
      fc.property(validProfileArb, requestArb, (p, request) => {
        const { causes } = diagnose(p, request);
        const ids = causes.map((c) => c.id);
        expect(new Set(ids).size).toBe(ids.length);
        const strong = causes.filter((c) => c.strength === "strong");
        if (strong.length === 0) expect(ids).toContain("lender-review");
        else expect(ids).not.toContain("lender-review");
        const warned = evaluate(p).warnings.some((w) => w.id === "multi-lending");
        // Strong before possible, except the one place the multi-lending rule may lift a possible cause to.
        const order = causes.map((c) => (c.strength === "strong" ? 0 : 1));
        const lifted = warned ? 1 : -1;
        const rest = order.filter((_, i) => i !== lifted);
        expect(rest).toEqual([...rest].sort((a, b) => a - b));
      }),
      RUNS,
    );
  });

  it("steps are catalogue steps the plan offers this person, each addressing a cause, in the causes' order", () => {
    fc.assert(
      fc.property(validProfileArb, requestArb, (p, request) => {
        const result = evaluate(p);
        const offered = result.recommendations.map((r) => r.id);
        const { causes, steps } = diagnose(p, request);
        expect(new Set(steps).size).toBe(steps.length);
        let lastCause = 0;
        for (const step of steps) {
          expect(offered).toContain(step);
          const at = causes.findIndex(
            (c) => (CAUSE_STEPS[c.id] as readonly string[]).includes(step) || (c.id === "lender-review" && offered.slice(0, 3).includes(step)),
          );
          expect(at, step).toBeGreaterThanOrEqual(0);
          expect(at).toBeGreaterThanOrEqual(lastCause);
          lastCause = at;
        }
        // A cause with a step the plan offers gets it.
        for (const c of causes) for (const id of CAUSE_STEPS[c.id]) if (offered.includes(id)) expect(steps).toContain(id);
      }),
      RUNS,
    );
  });

  it("channels: all four official ways to ask and check, in order", () => {
    fc.assert(
      fc.property(validProfileArb, requestArb, (p, request) => {
        expect(diagnose(p, request).channels).toEqual([...CHANNEL_IDS]);
      }),
      { numRuns: 100 },
    );
    expect(CHANNEL_IDS).toEqual(["platform-service", "credit-report", "credit-objection", "regulator-complaints"]);
  });

  it("is deterministic and never changes the profile", () => {
    fc.assert(
      fc.property(validProfileArb, requestArb, (p, request) => {
        const copy = structuredClone(p);
        expect(diagnose(copy, request)).toEqual(diagnose(p, request));
        expect(copy).toEqual(p);
      }),
      RUNS,
    );
  });
});

describe("diagnosis: when it happened, and what happened", { timeout: PROPERTY_TIMEOUT }, () => {
  const strengthOf = (p: Profile, request: DiagnosisRequest, id: CauseId) => diagnose(p, request).causes.find((c) => c.id === id)?.strength;

  it("a count whose window the event lies outside is at most possible", () => {
    fc.assert(
      fc.property(validProfileArb, fc.constantFrom(...DIAGNOSIS_EVENTS), fc.integer({ min: 0, max: 24 }), (p, event, monthsAgo) => {
        const request = { event, monthsAgo };
        if (monthsAgo >= 12) expect(strengthOf(p, request, "late-payments")).not.toBe("strong");
        if (monthsAgo >= 3) expect(strengthOf(p, request, "many-applications")).not.toBe("strong");
        if (monthsAgo >= 6) {
          expect(strengthOf(p, request, "frequent-draws")).not.toBe("strong");
          expect(strengthOf(p, request, "unused-line")).toBeUndefined();
        }
      }),
      RUNS,
    );
  });

  it("a late-payment pattern inside the window is strong; the same answers a year and more before are only possible", () => {
    const p = withRepayment(evaluateFriendly(), { latePayments12m: 3 });
    expect(strengthOf(p, { event: "limit-cut", monthsAgo: 2 }, "late-payments")).toBe("strong");
    expect(strengthOf(p, { event: "limit-cut", monthsAgo: 12 }, "late-payments")).toBe("possible");
  });

  it("after a cut a full line is only possible; a refused draw on a full line is strong", () => {
    const base = evaluateFriendly();
    const p = { ...base, finances: { ...base.finances, currentLimit: 10_000, usedLimit: 9_800 } };
    expect(strengthOf(p, { event: "limit-cut", monthsAgo: 1 }, "line-maxed")).toBe("possible");
    expect(strengthOf(p, { event: "draw-refused", monthsAgo: 1 }, "line-maxed")).toBe("strong");
  });

  it("an unused line is no cause of a refused application", () => {
    const p = withBorrowing(evaluateFriendly(), { draws6m: 0 });
    expect(strengthOf(p, { event: "line-closed", monthsAgo: 1 }, "unused-line")).toBe("possible");
    expect(strengthOf(p, { event: "application-refused", monthsAgo: 1 }, "unused-line")).toBeUndefined();
  });

  it("ranks causes of equal strength by the points the model takes: three applications before one late payment", () => {
    const p = withBorrowing(withRepayment(evaluateFriendly(), { latePayments12m: 1 }), { applications3m: 3 });
    const ids = diagnose(p, { event: "limit-cut", monthsAgo: 1 }).causes.map((c) => c.id);
    expect(ids).toEqual(["many-applications", "late-payments", "lender-review"]);
  });
});

/** An everyday profile with no weakness (the questionnaire's starting answers, with a year on time). */
function evaluateFriendly(): Profile {
  return {
    version: 2,
    purpose: "personal",
    repayment: { onTimeMonths: 24, latePayments12m: 0, currentlyOverdue: false, autopay: true },
    borrowing: { draws6m: 3, applications3m: 0, activeLenders: 1, largestDraw6m: null },
    finances: { monthlyIncome: 10_000, monthlyDebtPayments: 1_000, currentLimit: null, usedLimit: null, incomeSource: "salary", incomeProof: true },
    assets: { liquidSavings: 20_000, investments: 0, ownsProperty: false, ownsCar: false, providentFund: true, declared: false },
    ecosystem: { accountYears: 5, monthlyTransactions: 40, billsLinked: true, cardsLinked: 2, huabeiActive: false, profileComplete: true, zhimaScore: 700 },
    spending: { monthlySpending: 3_000, categories: 6, largePurchases3m: 0 },
  };
}
