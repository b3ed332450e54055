// Time passing on a profile, as it does in a credit record, with nothing else changed. Every move is in
// the field's "better" direction, so by the model's monotonicity promise time alone never lowers a score.
// The assumptions (and why) are in docs/model.md, "The year ahead: path and routes".
import type { Profile } from "@/lib/profile/schema";

/** The schema's maxima for the fields time moves. */
const MAX_ON_TIME_MONTHS = 600;
const MAX_ACCOUNT_YEARS = 25;
/** The windows the profile's counts look back over, in months. */
export const LATE_WINDOW_MONTHS = 12;
export const APPLICATIONS_WINDOW_MONTHS = 3;

export interface Habits {
  /**
   * Months of the `months` passed with nothing overdue and every repayment on time. Defaults to all of
   * them when nothing is overdue today, none while something is (an overdue left unpaid keeps the record
   * where it is).
   */
  cleanMonths?: number;
  /** No applications made meanwhile, so old ones leave the window. Otherwise the count is assumed to hold. */
  applicationsPaused?: boolean;
}

/** A count spread evenly over a window, after `months` of it have passed with nothing new: rounded up. */
export function leftInWindow(count: number, window: number, months: number): number {
  if (months >= window) return 0;
  if (months <= 0) return count;
  return Math.ceil((count * (window - months)) / window);
}

export function passTime(p: Profile, months: number, habits: Habits = {}): Profile {
  if (months <= 0) return p;
  const clean = Math.min(months, Math.max(0, habits.cleanMonths ?? (p.repayment.currentlyOverdue ? 0 : months)));
  const next: Profile = { ...p };
  if (clean > 0) {
    next.repayment = {
      ...p.repayment,
      onTimeMonths: Math.min(MAX_ON_TIME_MONTHS, p.repayment.onTimeMonths + clean),
      latePayments12m: leftInWindow(p.repayment.latePayments12m, LATE_WINDOW_MONTHS, clean),
    };
  }
  if (habits.applicationsPaused && p.borrowing.applications3m > 0) {
    next.borrowing = {
      ...p.borrowing,
      applications3m: leftInWindow(p.borrowing.applications3m, APPLICATIONS_WINDOW_MONTHS, months),
    };
  }
  next.ecosystem = {
    ...p.ecosystem,
    accountYears: Math.min(MAX_ACCOUNT_YEARS, p.ecosystem.accountYears + months / 12),
  };
  return next;
}
