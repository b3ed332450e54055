// When things happen along a plan's year ahead (result.path): the month each step is counted done,
// and the milestones after today with the steps newly done by each. Pure, shared by the plan page,
// the printed checklist and the calendar file so all three give the same months.
import type { BandId, PathPoint, RouteMonth } from "@/lib/scoring/types";

/**
 * Days from today to each milestone month: 30 for one month, 91 (13 weeks, the printed checklist's
 * "three months") for three, then half a year and a year. Whole days keep dates free of month-length quirks.
 */
export const MONTH_DAYS: Readonly<Record<RouteMonth, number>> = { 1: 30, 3: 91, 6: 182, 12: 365 };

/** The first month at which the path counts each step done, keyed by step id. Month 0 (today) is never a due month. */
export function stepDueMonths(path: readonly PathPoint[]): Map<string, RouteMonth> {
  const due = new Map<string, RouteMonth>();
  for (const point of [...path].sort((a, b) => a.month - b.month)) {
    if (point.month === 0) continue;
    for (const id of point.done) if (!due.has(id)) due.set(id, point.month);
  }
  return due;
}

export interface Milestone {
  month: RouteMonth;
  /** Days after today (MONTH_DAYS). */
  day: number;
  score: number;
  band: BandId;
  /** Steps the path counts done by this month and not by the milestone before. */
  newlyDone: string[];
  /** Every step done by this month. */
  done: string[];
}

/** The path's points after today, oldest first, each with what is newly done by then. */
export function milestones(path: readonly PathPoint[]): Milestone[] {
  const due = stepDueMonths(path);
  return [...path]
    .sort((a, b) => a.month - b.month)
    .filter((p): p is PathPoint & { month: RouteMonth } => p.month !== 0)
    .map((p) => ({
      month: p.month,
      day: MONTH_DAYS[p.month],
      score: p.score,
      band: p.band,
      newlyDone: p.done.filter((id) => due.get(id) === p.month),
      done: [...p.done],
    }));
}

/** Whether a path says anything beyond today (a placeholder or empty path does not). */
export const hasYearAhead = (path: readonly PathPoint[] | undefined): path is PathPoint[] =>
  Array.isArray(path) && path.some((p) => p.month > 0);
