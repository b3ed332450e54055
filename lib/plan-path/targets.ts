// The bands a person can pick as a target: every band above today's, each with its route (the fewest
// steps that reach it within a year) or none when the year ahead does not reach it.
import { BAND_IDS, type BandId, type Route } from "@/lib/scoring/types";

export interface TargetChoice {
  band: BandId;
  route: Route | null;
}

export function targetChoices(today: BandId, routes: readonly Route[]): TargetChoice[] {
  const above = BAND_IDS.slice(BAND_IDS.indexOf(today) + 1);
  return above.map((band) => {
    // One route per band by contract; should two ever come, the sooner and shorter one is shown.
    const route = routes
      .filter((r) => r.band === band)
      .sort((a, b) => a.month - b.month || a.steps.length - b.steps.length)[0];
    return { band, route: route ?? null };
  });
}
