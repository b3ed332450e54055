// Which steps to offer and in what order. A step is offered only when it fits the person, changes the
// profile, and gains enough when the changed profile is scored again: at least 2 points, or a band.
import type { Profile } from "@/lib/profile/schema";
import { bandRank, decideBand } from "../bands";
import { rawDimensions, rawDimensionsAfter, roundScore, weightedSum, type RawDimensions } from "../score";
import { HORIZONS, type BandId, type Effort, type Gain, type RecommendationV2 } from "../types";
import { isMultiLending } from "../warnings";
import { CATALOGUE, RECOMMENDATION_IDS } from "./catalogue";
import { sameProfile } from "./same-profile";

export const EFFORT_WEIGHTS: Readonly<Record<Effort, number>> = { low: 1, medium: 2, high: 3 };

/** A step worth fewer points than this that moves no band is not offered: no false precision. */
export const MIN_GAIN = 2;
/** From these many points a step's gain is "large" (or when it moves the band), from MEDIUM_GAIN "medium". */
export const LARGE_GAIN = 8;
export const MEDIUM_GAIN = 3;

/** Steps that answer multi-lending: one of them is among the first two whenever the warning shows. */
export const MULTI_LENDING_STEPS: readonly string[] = ["reduce-lenders", "pause-applications"];

export function gainOf(impact: number, band: BandId, bandAfter: BandId): Gain {
  if (bandRank(bandAfter) > bandRank(band) || impact >= LARGE_GAIN) return "large";
  return impact >= MEDIUM_GAIN ? "medium" : "small";
}

/** Band movers first; then impact per effort, best first; then sooner horizons; then id. No division. */
export function compareRecommendations(a: RecommendationV2, b: RecommendationV2, band: BandId): number {
  const moves = (r: RecommendationV2) => (bandRank(r.bandAfter) > bandRank(band) ? 1 : 0);
  const byMove = moves(b) - moves(a);
  if (byMove !== 0) return byMove;
  const byValue = b.impact * EFFORT_WEIGHTS[a.effort] - a.impact * EFFORT_WEIGHTS[b.effort];
  if (byValue !== 0) return byValue;
  const byHorizon = HORIZONS.indexOf(a.horizon) - HORIZONS.indexOf(b.horizon);
  if (byHorizon !== 0) return byHorizon;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Moves the entry at `from` to `to`, keeping the others' order. */
function moveTo<T>(list: T[], from: number, to: number): void {
  if (from > to) list.splice(to, 0, ...list.splice(from, 1));
}

/**
 * `raw` (the profile's unrounded dimension scores) may be passed by a caller that has them already; a
 * step only re-scores the dimensions that read what it changed, which keeps a full evaluation fast
 * enough to run on every keystroke in the browser.
 */
export function recommend(p: Profile, raw: RawDimensions = rawDimensions(p)): RecommendationV2[] {
  const baseScore = roundScore(weightedSum(raw));
  const band = decideBand(baseScore, p).band.id;
  const offered: RecommendationV2[] = [];
  for (const id of RECOMMENDATION_IDS) {
    const def = CATALOGUE[id];
    if (def.suits && !def.suits(p)) continue;
    const after = def.apply(p);
    const afterScore = roundScore(weightedSum(rawDimensionsAfter(p, raw, after)));
    const impact = afterScore - baseScore;
    // Settling an overdue is always offered while something is overdue (its impact is positive by design).
    const mustOffer = id === "settle-overdue" && p.repayment.currentlyOverdue;
    if (impact <= 0 && !mustOffer) continue;
    const bandAfter = decideBand(afterScore, after).band.id;
    if (impact < MIN_GAIN && bandRank(bandAfter) <= bandRank(band) && !mustOffer) continue;
    // An unchanged profile scores the same (impact 0), so this only guards the rule; checked last as it costs most.
    if (sameProfile(after, p)) continue;
    offered.push({ id, horizon: def.horizon, effort: def.effort, impact, gain: gainOf(impact, band, bandAfter), bandAfter });
  }
  offered.sort((a, b) => compareRecommendations(a, b, band));
  // Nothing else matters while something is overdue: settling it comes first whatever its ranking.
  if (p.repayment.currentlyOverdue) moveTo(offered, offered.findIndex((r) => r.id === "settle-overdue"), 0);
  // Many lenders or applications: stopping that is among the first two (after settling an overdue).
  if (isMultiLending(p)) {
    const first = offered.findIndex((r) => MULTI_LENDING_STEPS.includes(r.id));
    moveTo(offered, first, 1);
  }
  return offered;
}
