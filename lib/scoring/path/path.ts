// The path: today's result, then the result at months 1, 3, 6 and 12 if every step of the plan is done by
// its month while time passes.
import { BAND_IDS, type BandId, type PathPoint } from "../types";
import { LATER_MONTHS, type Simulator } from "./simulate";

/** A plan's steps, all of them, as a mask. */
export const allSteps = (sim: Simulator): number => (sim.steps.length === 0 ? 0 : 2 ** sim.steps.length - 1);

/** Step ids of `mask` in the order they are done: by month, then in the plan's order. */
export function inDoneOrder(sim: Simulator, mask: number): string[] {
  const picked = sim.steps.map((_, i) => i).filter((i) => mask & (1 << i));
  picked.sort((a, b) => sim.months[a]! - sim.months[b]! || a - b);
  return picked.map((i) => sim.steps[i]!.id);
}

/**
 * Never falls, by construction: each point's score and band are the highest of the month's own and the
 * point before (each on its own, so both are non-decreasing). Steps done stay done and time only moves
 * answers in their better direction, so with a monotone model the month's own figures already rise; the
 * maximum only guards against steps that interact badly, and then shows the better month the person
 * already reached rather than a fall the plan did not cause.
 */
export function buildPath(sim: Simulator, today: { score: number; band: BandId }): PathPoint[] {
  const all = allSteps(sim);
  const path: PathPoint[] = [{ month: 0, score: today.score, band: today.band, done: [] }];
  let score = today.score;
  let band = BAND_IDS.indexOf(today.band);
  LATER_MONTHS.forEach((month, i) => {
    const at = sim.at(all, i);
    score = Math.max(score, at.score);
    band = Math.max(band, at.band);
    path.push({ month, score, band: BAND_IDS[band]!, done: inDoneOrder(sim, sim.doneBy[i]!) });
  });
  return path;
}
