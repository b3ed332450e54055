// The score: dimensions weighted and added before any rounding, rounded once at the end, so that a
// small gain in one dimension is never lost or reversed by rounding along the way.
import type { Profile } from "@/lib/profile/schema";
import { decideBand, type BandDecision } from "./bands";
import { DIMENSION_IDS, WEIGHTS, rawDimensionScore } from "./dimensions";
import type { Band, DimensionScore } from "./types";

export interface Scored {
  score: number;
  band: Band;
  dimensions: DimensionScore[];
}

/** The weighted sum of the unrounded dimension scores, 0–100. */
export function rawScore(p: Profile): number {
  let sum = 0;
  for (const id of DIMENSION_IDS) sum += WEIGHTS[id] * rawDimensionScore(id, p);
  return sum;
}

export function scoreValue(p: Profile): number {
  return Math.min(100, Math.max(0, Math.round(rawScore(p))));
}

export function scoreWithDecision(p: Profile): Scored & { decision: BandDecision } {
  const dimensions = DIMENSION_IDS.map((id) => ({
    id,
    score: Math.round(rawDimensionScore(id, p)),
    weight: WEIGHTS[id],
  }));
  const score = scoreValue(p);
  const decision = decideBand(score, p);
  return { score, band: decision.band, dimensions, decision };
}

/** Score, band and dimensions without recommendations: what re-scoring needs. */
export function scoreProfile(p: Profile): Scored {
  const { score, band, dimensions } = scoreWithDecision(p);
  return { score, band, dimensions };
}
