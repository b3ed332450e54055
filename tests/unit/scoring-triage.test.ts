import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Profile } from "@/lib/profile/schema";
import { evaluate, HIGH_DEBT_BURDEN, planOrder, TRIAGE_CHANNEL_IDS, TRIAGE_LEAD_IDS, triageFor } from "@/lib/scoring";
import { CHANNEL_IDS } from "@/lib/scoring/diagnosis/types";
import { validProfileArb } from "../fixtures/arbitraries";
import { multiLender, typical } from "../fixtures/profiles";
import { PROPERTY_TIMEOUT } from "./scoring-helpers";

const RUNS = { numRuns: 300 } as const;

/** Overdue now with five lenders, repaying 75% of income: the person the issue describes. */
const drowning: Profile = {
  ...multiLender,
  repayment: { ...multiLender.repayment, currentlyOverdue: true, latePayments12m: 3 },
  borrowing: { ...multiLender.borrowing, activeLenders: 5, applications3m: 4 },
  finances: { ...multiLender.finances, monthlyIncome: 8000, monthlyDebtPayments: 6000 },
};

describe("triage", () => {
  it("applies exactly when overdue now or repaying 60% or more of income", () => {
    fc.assert(
      fc.property(validProfileArb, (p) => {
        const { monthlyIncome, monthlyDebtPayments } = p.finances;
        const burdened = monthlyDebtPayments > 0 && (monthlyIncome === 0 || monthlyDebtPayments / monthlyIncome >= HIGH_DEBT_BURDEN);
        const triage = triageFor(p, evaluate(p).recommendations);
        expect(triage !== null).toBe(p.repayment.currentlyOverdue || burdened);
        if (triage) {
          expect(triage.reasons.includes("overdue")).toBe(p.repayment.currentlyOverdue);
          expect(triage.reasons.includes("debt-burden")).toBe(burdened);
        }
      }),
      RUNS,
    );
  }, PROPERTY_TIMEOUT);

  it("leads only with the plan's own steps, and every other step waits: nothing lost, nothing twice", () => {
    fc.assert(
      fc.property(validProfileArb, (p) => {
        const ids = evaluate(p).recommendations.map((r) => r.id);
        const triage = triageFor(p, evaluate(p).recommendations);
        if (!triage) return;
        for (const id of triage.lead) expect(ids).toContain(id);
        for (const id of triage.lead) expect(TRIAGE_LEAD_IDS).toContain(id);
        expect([...triage.lead, ...triage.later].sort()).toEqual([...ids].sort());
      }),
      RUNS,
    );
  }, PROPERTY_TIMEOUT);

  it("is at 60% exactly, not just below; repaying nothing is no burden even with no income", () => {
    const at = (income: number, payments: number): Profile => ({
      ...typical,
      repayment: { ...typical.repayment, currentlyOverdue: false },
      finances: { ...typical.finances, monthlyIncome: income, monthlyDebtPayments: payments },
    });
    expect(triageFor(at(10_000, 6_000), [])?.reasons).toEqual(["debt-burden"]);
    expect(triageFor(at(10_000, 5_999), [])).toBeNull();
    expect(triageFor(at(0, 0), [])).toBeNull();
    expect(triageFor(at(0, 100), [])?.reasons).toEqual(["debt-burden"]);
  });

  it("for someone overdue on five lenders at 75% of income: settle first, stop borrowing, then the rest later", () => {
    const result = evaluate(drowning);
    const triage = triageFor(drowning, result.recommendations)!;
    expect(triage.reasons).toEqual(["overdue", "debt-burden"]);
    expect(triage.lead[0]).toBe("settle-overdue");
    expect(triage.lead).toContain("pause-applications");
    expect(triage.lead.length).toBeLessThanOrEqual(TRIAGE_LEAD_IDS.length);
    // App chores wait.
    for (const chore of ["link-cards", "link-bills", "complete-profile"]) expect(triage.lead).not.toContain(chore);
    expect(triage.advice).toEqual(["talk-to-lenders", "no-new-loans"]);
    // Only cited channels; an objection is for a wrong record, not for getting back on track.
    expect(triage.channels).toEqual(TRIAGE_CHANNEL_IDS);
    for (const id of triage.channels) expect(CHANNEL_IDS).toContain(id);
    // The plan's order starts with the triage's leading steps.
    expect(planOrder(result.recommendations, drowning).slice(0, triage.lead.length)).toEqual(triage.lead);
  });

  it("does not reorder a plan it does not apply to", () => {
    const p: Profile = { ...typical, repayment: { ...typical.repayment, currentlyOverdue: false } };
    const recs = evaluate(p).recommendations;
    expect(triageFor(p, recs)).toBeNull();
    expect(planOrder(recs, p)).toEqual(planOrder(recs));
  });
});
