// Answers that can each be right but rarely are together. The questionnaire asks about them before
// going on ("is that right?") and the person may answer yes: they are questions, not schema errors,
// because real lives do produce them (an overdue from yesterday, a month of repayments above income).
import type { Profile } from "./schema";

export const CROSS_CHECK_IDS = ["overdueCleanRecord", "repaymentsOverIncome", "drawOverLimit"] as const;
export type CrossCheckId = (typeof CROSS_CHECK_IDS)[number];

export interface CrossCheck {
  id: CrossCheckId;
  /** The answer the person is taken to if they want to change it. */
  field: "repayment.currentlyOverdue" | "finances.monthlyDebtPayments" | "borrowing.largestDraw6m";
  /** Every answer the check reads: it is asked once all of them have been given. */
  reads: readonly string[];
}

/** A long clean run: this many months on time in a row, up to now. */
export const LONG_ON_TIME_MONTHS = 12;

const known = (value: unknown): value is number => typeof value === "number" && Number.isFinite(value);

export const CROSS_CHECKS: Record<CrossCheckId, CrossCheck> = {
  overdueCleanRecord: {
    id: "overdueCleanRecord",
    field: "repayment.currentlyOverdue",
    reads: ["repayment.currentlyOverdue", "repayment.latePayments12m", "repayment.onTimeMonths"],
  },
  repaymentsOverIncome: {
    id: "repaymentsOverIncome",
    field: "finances.monthlyDebtPayments",
    reads: ["finances.monthlyIncome", "finances.monthlyDebtPayments"],
  },
  drawOverLimit: {
    id: "drawOverLimit",
    field: "borrowing.largestDraw6m",
    reads: ["borrowing.largestDraw6m", "finances.currentLimit"],
  },
};

/**
 * The checks the answers raise, in asking order. Unanswered or unknown (null) answers raise nothing:
 * the check is only asked once it can be.
 */
export function crossChecksFor(profile: Profile): CrossCheckId[] {
  const raised: CrossCheckId[] = [];
  const { repayment, finances, borrowing } = profile;
  // Overdue now, yet no late payment in the last 12 months, or a long run of on-time months up to
  // now: an overdue is itself a late payment and ends the run, so one of the answers is likely off.
  if (
    repayment.currentlyOverdue &&
    known(repayment.latePayments12m) &&
    known(repayment.onTimeMonths) &&
    (repayment.latePayments12m === 0 || repayment.onTimeMonths >= LONG_ON_TIME_MONTHS)
  ) {
    raised.push("overdueCleanRecord");
  }
  if (known(finances.monthlyIncome) && known(finances.monthlyDebtPayments) && finances.monthlyDebtPayments > finances.monthlyIncome) {
    raised.push("repaymentsOverIncome");
  }
  if (known(borrowing.largestDraw6m) && known(finances.currentLimit) && borrowing.largestDraw6m > finances.currentLimit) {
    raised.push("drawOverLimit");
  }
  return raised;
}

/**
 * A short fingerprint of the answers a check read, so a "yes, that's right" holds for those answers
 * only: change one of them and the question is asked again.
 */
export function crossCheckKey(id: CrossCheckId, profile: Profile): string {
  const values = CROSS_CHECKS[id].reads.map((path) => {
    const [section, field] = path.split(".") as [keyof Profile, string];
    return String((profile[section] as Record<string, unknown> | undefined)?.[field]);
  });
  return `${id}:${values.join("|")}`;
}
