// Which actions to offer and in what order. An action is offered only when it changes the profile, suits
// the person, and raises the score when the changed profile is scored again.
import type { Profile } from "@/lib/profile/schema";
import { rawDimensions, rawDimensionsAfter, roundScore, weightedSum, type RawDimensions } from "../score";
import { HORIZONS, type Effort, type Recommendation } from "../types";
import { CATALOGUE, RECOMMENDATION_IDS } from "./catalogue";
import { sameProfile } from "./same-profile";

export const EFFORT_WEIGHTS: Readonly<Record<Effort, number>> = { low: 1, medium: 2, high: 3 };

/** Impact per effort, best first; then sooner horizons; then id. Compared without division. */
export function compareRecommendations(a: Recommendation, b: Recommendation): number {
  const byValue = b.impact * EFFORT_WEIGHTS[a.effort] - a.impact * EFFORT_WEIGHTS[b.effort];
  if (byValue !== 0) return byValue;
  const byHorizon = HORIZONS.indexOf(a.horizon) - HORIZONS.indexOf(b.horizon);
  if (byHorizon !== 0) return byHorizon;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * `raw` (the profile's unrounded dimension scores) may be passed by a caller that has them already; an
 * action only re-scores the dimensions that read what it changed, which keeps a full evaluation fast
 * enough to run on every keystroke in the browser.
 */
export function recommend(p: Profile, raw: RawDimensions = rawDimensions(p)): Recommendation[] {
  const baseScore = roundScore(weightedSum(raw));
  const offered: Recommendation[] = [];
  for (const id of RECOMMENDATION_IDS) {
    const def = CATALOGUE[id];
    if (def.suits && !def.suits(p)) continue;
    const after = def.apply(p);
    const impact = roundScore(weightedSum(rawDimensionsAfter(p, raw, after))) - baseScore;
    // Settling an overdue is always offered while something is overdue (its impact is positive by design).
    const mustOffer = id === "settle-overdue" && p.repayment.currentlyOverdue;
    if (impact <= 0 && !mustOffer) continue;
    // An unchanged profile scores the same (impact 0), so this only guards the rule; checked last as it costs most.
    if (sameProfile(after, p)) continue;
    offered.push({ id, horizon: def.horizon, effort: def.effort, impact });
  }
  offered.sort(compareRecommendations);
  // Nothing else matters while something is overdue: settling it comes first whatever its ranking.
  if (p.repayment.currentlyOverdue) {
    const at = offered.findIndex((r) => r.id === "settle-overdue");
    if (at > 0) offered.unshift(...offered.splice(at, 1));
  }
  return offered;
}
