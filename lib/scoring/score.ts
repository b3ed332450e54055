// The score: dimensions weighted and added before any rounding, rounded once at the end, so that a
// small gain in one dimension is never lost or reversed by rounding along the way.
import type { Profile } from "@/lib/profile/schema";
import { decideBand, type BandDecision } from "./bands";
import { DIMENSION_IDS, DIMENSION_INPUTS, WEIGHTS, rawDimensionScore } from "./dimensions";
import type { Band, DimensionId, DimensionScore } from "./types";

export interface Scored {
  score: number;
  band: Band;
  dimensions: DimensionScore[];
}

/** Unrounded dimension scores, in the order of DIMENSION_IDS. */
export type RawDimensions = readonly number[];

export function rawDimensions(p: Profile): RawDimensions {
  return DIMENSION_IDS.map((id) => rawDimensionScore(id, p));
}

/**
 * The raw dimensions of `after`, a profile made from `before` by replacing some of its parts: a dimension
 * none of whose parts were replaced keeps its value from `beforeRaw`. Same numbers as rawDimensions(after).
 */
export function rawDimensionsAfter(before: Profile, beforeRaw: RawDimensions, after: Profile): RawDimensions {
  const out: number[] = [];
  // Plain loops: this runs for every action in the catalogue on every evaluation.
  for (let i = 0; i < DIMENSION_IDS.length; i++) {
    const id = DIMENSION_IDS[i] as DimensionId;
    let unchanged = true;
    for (const key of DIMENSION_INPUTS[id]) {
      if (after[key] !== before[key]) {
        unchanged = false;
        break;
      }
    }
    out.push(unchanged ? (beforeRaw[i] as number) : rawDimensionScore(id, after));
  }
  return out;
}

/** The weighted sum of unrounded dimension scores, 0–100, always added in the order of DIMENSION_IDS. */
export function weightedSum(raw: RawDimensions): number {
  let sum = 0;
  for (let i = 0; i < DIMENSION_IDS.length; i++) sum += WEIGHTS[DIMENSION_IDS[i] as DimensionId] * (raw[i] as number);
  return sum;
}

export const roundScore = (raw: number): number => Math.min(100, Math.max(0, Math.round(raw)));

/** The weighted sum of the unrounded dimension scores, 0–100. */
export function rawScore(p: Profile): number {
  return weightedSum(rawDimensions(p));
}

export function scoreWithDecision(p: Profile): Scored & { decision: BandDecision; raw: RawDimensions } {
  const raw = rawDimensions(p);
  const dimensions = DIMENSION_IDS.map((id, i) => ({ id, score: Math.round(raw[i] as number), weight: WEIGHTS[id] }));
  const score = roundScore(weightedSum(raw));
  const decision = decideBand(score, p);
  return { score, band: decision.band, dimensions, decision, raw };
}

/** Score, band and dimensions without recommendations: what re-scoring needs. */
export function scoreProfile(p: Profile): Scored {
  const { score, band, dimensions } = scoreWithDecision(p);
  return { score, band, dimensions };
}
