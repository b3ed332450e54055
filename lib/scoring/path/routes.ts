// Routes, the goal-seeker: for each band above today's that the path reaches within the year, the fewest
// of the plan's steps that reach it (ties: less effort, then sooner, then the better-ranked steps), and the
// earliest month they do. How the search stays bounded is in subset-search.ts.
import { EFFORT_WEIGHTS } from "../recommendations/recommend";
import { BAND_IDS, type Route } from "../types";
import { allSteps, inDoneOrder } from "./path";
import { LATER_MONTHS, type Simulator } from "./simulate";
import { bitsOf, fewestSteps, type Choice, type Found } from "./subset-search";

/**
 * `pathBands`: the path's band rank at each later month (non-decreasing). A route's month is the first at
 * which its steps have reached the band and the whole plan's path shows it too.
 */
export function findRoutes(
  sim: Simulator,
  todayBand: number,
  pathBands: readonly number[],
  /** Filled with each band's search cost, for the tests that keep the search's bounds honest. */
  costs?: Pick<Found, "tried" | "cut">[],
): Route[] {
  const top = pathBands[pathBands.length - 1] ?? todayBand;
  if (top <= todayBand) return [];

  /**
   * Whether the steps reach the band within the year, asked of month 12 alone: with time and steps only
   * moving answers in their better direction, a band reached earlier is still held then (the tests check
   * the routes against every month). The month itself is found only for the subsets chosen.
   */
  const reaches = (mask: number, target: number): boolean => sim.at(mask, LATER_MONTHS.length - 1).band >= target;
  const reachMonth = (mask: number, target: number): number => {
    let run = todayBand;
    for (let i = 0; i < LATER_MONTHS.length; i++) {
      run = Math.max(run, sim.at(mask, i).band);
      if (run >= target && pathBands[i]! >= target) return i;
    }
    return -1;
  };
  const choice = (target: number): Choice => ({
    reaches: (mask) => reaches(mask, target),
    effort: (mask) => bitsOf(mask).reduce((sum, i) => sum + EFFORT_WEIGHTS[sim.steps[i]!.effort], 0),
    month: (mask) => reachMonth(mask, target),
    dropOrder: (a, b) =>
      EFFORT_WEIGHTS[sim.steps[b]!.effort] - EFFORT_WEIGHTS[sim.steps[a]!.effort] || sim.months[b]! - sim.months[a]! || b - a,
  });

  const usable = allSteps(sim) & ~sim.idle;
  const routes: Route[] = [];
  let fewest = 0;
  for (let t = todayBand + 1; t <= top; t++) {
    // A band above needs at least as many steps as the one below (with a monotone model).
    const { mask, month, tried, cut } = fewestSteps(usable, fewest, choice(t));
    costs?.push({ tried, cut });
    fewest = bitsOf(mask).length;
    routes.push({ band: BAND_IDS[t]!, month: LATER_MONTHS[month]!, steps: inDoneOrder(sim, mask) });
  }
  return routes;
}
