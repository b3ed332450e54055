// When each step of the plan is done on the path: its "time to show". A step with horizon `now` is done
// by month 1 and `3m` by month 3; a `long` step by month 6, or by month 12 where the change itself takes a
// year. Judgements, documented in docs/model.md ("The year ahead: path and routes").
import type { Horizon, RouteMonth } from "../types";

const BY_HORIZON: Readonly<Record<Horizon, RouteMonth>> = { now: 1, "3m": 3, long: 6 };

/** Long steps that take a year to show in the record. */
const A_YEAR: Readonly<Record<string, RouteMonth>> = {
  // Paying off loans and having the lenders report the accounts closed.
  "reduce-lenders": 12,
  // Three months of income put aside out of a monthly budget.
  "grow-savings": 12,
  // Twelve clean months, by definition.
  "rebuild-record": 12,
};

export function showMonth(step: { id: string; horizon: Horizon }): RouteMonth {
  return (step.horizon === "long" ? A_YEAR[step.id] : undefined) ?? BY_HORIZON[step.horizon];
}

/**
 * Steps whose effect on the record is what the months themselves do on the path (twelve clean months):
 * applying them on top of time would count the same months twice, so the path marks them done and
 * leaves the change to time.
 */
export const DONE_BY_TIME: ReadonlySet<string> = new Set(["rebuild-record"]);

/** Steps that change how time passes from the day they start, not only when they are done. */
export const SETTLES_OVERDUE = "settle-overdue";
export const PAUSES_APPLICATIONS = "pause-applications";
