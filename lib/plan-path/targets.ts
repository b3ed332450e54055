// The bands a person can pick as a target: every band above today's, each with its route (the fewest
// steps that reach it within a year) or none when the year ahead does not reach it.
import { BAND_IDS, type BandId, type PathPoint, type Route } from "@/lib/scoring/types";

export interface TargetChoice {
  band: BandId;
  route: Route | null;
  /**
   * The first month the whole plan (the path) reaches the band, when that is sooner than the route's: a
   * route is the fewest steps, which can be slower (time alone may get there later).
   */
  soonerWithPlan: number | null;
}

export function targetChoices(today: BandId, routes: readonly Route[], path: readonly PathPoint[] = []): TargetChoice[] {
  const above = BAND_IDS.slice(BAND_IDS.indexOf(today) + 1);
  return above.map((band) => {
    // One route per band by contract; should two ever come, the sooner and shorter one is shown.
    const route = routes
      .filter((r) => r.band === band)
      .sort((a, b) => a.month - b.month || a.steps.length - b.steps.length)[0];
    const reached = [...path].sort((a, b) => a.month - b.month).find((p) => p.month > 0 && BAND_IDS.indexOf(p.band) >= BAND_IDS.indexOf(band));
    const soonerWithPlan = route && reached && reached.month < route.month ? reached.month : null;
    return { band, route: route ?? null, soonerWithPlan };
  });
}
