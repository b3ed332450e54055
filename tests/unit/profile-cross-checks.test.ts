import { describe, expect, it } from "vitest";
import { crossCheckKey, crossChecksFor } from "@/lib/profile/cross-checks";
import { blankProfile, defaultProfile, type Profile } from "@/lib/profile";

const with_ = (patch: { repayment?: Partial<Profile["repayment"]>; finances?: Partial<Profile["finances"]>; borrowing?: Partial<Profile["borrowing"]> }): Profile => ({
  ...defaultProfile,
  repayment: { ...defaultProfile.repayment, ...patch.repayment },
  finances: { ...defaultProfile.finances, ...patch.finances },
  borrowing: { ...defaultProfile.borrowing, ...patch.borrowing },
});

describe("crossChecksFor", () => {
  it("raises nothing for ordinary answers, nor for unanswered ones", () => {
    expect(crossChecksFor(defaultProfile)).toEqual([]);
    expect(crossChecksFor(blankProfile)).toEqual([]);
  });

  it("asks when overdue now sits with a clean record", () => {
    // Overdue with no late payment in 12 months.
    expect(crossChecksFor(with_({ repayment: { currentlyOverdue: true, latePayments12m: 0, onTimeMonths: 0 } }))).toEqual(["overdueCleanRecord"]);
    // Overdue with a long on-time run up to now.
    expect(crossChecksFor(with_({ repayment: { currentlyOverdue: true, latePayments12m: 2, onTimeMonths: 12 } }))).toEqual(["overdueCleanRecord"]);
    // Overdue, late payments counted and the run broken: consistent.
    expect(crossChecksFor(with_({ repayment: { currentlyOverdue: true, latePayments12m: 2, onTimeMonths: 0 } }))).toEqual([]);
    // Not overdue: a clean record is just a clean record.
    expect(crossChecksFor(with_({ repayment: { currentlyOverdue: false, latePayments12m: 0, onTimeMonths: 36 } }))).toEqual([]);
    // Unanswered counts raise nothing yet.
    expect(crossChecksFor(with_({ repayment: { currentlyOverdue: true, latePayments12m: Number.NaN, onTimeMonths: 24 } }))).toEqual([]);
  });

  it("asks when repayments are above income", () => {
    expect(crossChecksFor(with_({ finances: { monthlyIncome: 7000, monthlyDebtPayments: 8_003_000 } }))).toEqual(["repaymentsOverIncome"]);
    expect(crossChecksFor(with_({ finances: { monthlyIncome: 7000, monthlyDebtPayments: 7000 } }))).toEqual([]);
    expect(crossChecksFor(with_({ finances: { monthlyIncome: 0, monthlyDebtPayments: 500 } }))).toEqual(["repaymentsOverIncome"]);
  });

  it("asks when the largest draw is above the line's limit, only when both are known", () => {
    expect(crossChecksFor(with_({ borrowing: { largestDraw6m: 30000 }, finances: { currentLimit: 20000 } }))).toEqual(["drawOverLimit"]);
    expect(crossChecksFor(with_({ borrowing: { largestDraw6m: 20000 }, finances: { currentLimit: 20000 } }))).toEqual([]);
    expect(crossChecksFor(with_({ borrowing: { largestDraw6m: 30000 }, finances: { currentLimit: null } }))).toEqual([]);
    expect(crossChecksFor(with_({ borrowing: { largestDraw6m: null }, finances: { currentLimit: 1000 } }))).toEqual([]);
  });

  it("raises several at once, in asking order", () => {
    const all = with_({
      repayment: { currentlyOverdue: true, latePayments12m: 0, onTimeMonths: 24 },
      finances: { monthlyIncome: 3000, monthlyDebtPayments: 4000, currentLimit: 1000 },
      borrowing: { largestDraw6m: 5000 },
    });
    expect(crossChecksFor(all)).toEqual(["overdueCleanRecord", "repaymentsOverIncome", "drawOverLimit"]);
  });
});

describe("crossCheckKey", () => {
  it("changes when an answer the check reads changes, so a confirmation holds for those answers only", () => {
    const a = with_({ finances: { monthlyIncome: 7000, monthlyDebtPayments: 9000 } });
    const b = with_({ finances: { monthlyIncome: 7000, monthlyDebtPayments: 9500 } });
    const c = { ...a, spending: { ...a.spending, monthlySpending: 1 } };
    expect(crossCheckKey("repaymentsOverIncome", a)).not.toBe(crossCheckKey("repaymentsOverIncome", b));
    expect(crossCheckKey("repaymentsOverIncome", a)).toBe(crossCheckKey("repaymentsOverIncome", c));
  });
});
