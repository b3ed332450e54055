// The year ahead: the path if the plan is followed, and the routes to each band it reaches.
import type { Profile } from "@/lib/profile/schema";
import { BAND_IDS, type BandId, type PathPoint, type Route } from "../types";
import { buildPath } from "./path";
import { findRoutes } from "./routes";
import { Simulator, type PlanStep } from "./simulate";

export { passTime, leftInWindow } from "./time-passes";
export { showMonth, DONE_BY_TIME } from "./show-months";
export { SEARCH_BUDGET } from "./subset-search";
export { buildPath } from "./path";
export { findRoutes } from "./routes";
export { Simulator, LATER_MONTHS, type PlanStep } from "./simulate";

/**
 * `today` is the profile's own score and band (month 0), `plan` its recommendations in ranked order.
 * Pure and deterministic.
 */
export function yearAhead(
  profile: Profile,
  today: { score: number; band: BandId },
  plan: readonly PlanStep[],
): { path: PathPoint[]; routes: Route[] } {
  const sim = new Simulator(profile, plan);
  const path = buildPath(sim, today);
  const routes = findRoutes(
    sim,
    BAND_IDS.indexOf(today.band),
    path.slice(1).map((p) => BAND_IDS.indexOf(p.band)),
  );
  return { path, routes };
}
