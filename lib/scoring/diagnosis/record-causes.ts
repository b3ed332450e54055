// Causes in the repayment record: something overdue, late payments, a record too short to judge.
import type { CauseRule } from "./rule";
import { found, withinWindow } from "./rule";
import { STRONG_LATE_PAYMENTS, THIN_ACCOUNT_YEARS, THIN_ON_TIME_MONTHS, WINDOWS } from "./thresholds";

/** Overdue now: the heaviest signal there is, whenever the event happened. */
export const overdue: CauseRule = ({ profile }) =>
  profile.repayment.currentlyOverdue ? found(true, ["repayment", "currentlyOverdue"]) : null;

export const latePayments: CauseRule = (ctx) => {
  const late = ctx.profile.repayment.latePayments12m;
  if (late <= 0) return null;
  return found(late >= STRONG_LATE_PAYMENTS && withinWindow(ctx, WINDOWS.latePayments12m), ["repayment", "latePayments12m"]);
};

/** Strong when both are short (the contract's thin record); possible when one is. */
export const thinRecord: CauseRule = ({ profile }) => {
  const shortStreak = profile.repayment.onTimeMonths < THIN_ON_TIME_MONTHS;
  const newAccount = profile.ecosystem.accountYears < THIN_ACCOUNT_YEARS;
  if (!shortStreak && !newAccount) return null;
  const evidence = [
    ...(shortStreak ? [["repayment", "onTimeMonths"]] : []),
    ...(newAccount ? [["ecosystem", "accountYears"]] : []),
  ];
  return found(shortStreak && newAccount, ...evidence);
};
