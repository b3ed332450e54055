// Where a scoring stands against the year ahead the person was given at the start (the first scoring's
// path): ahead, on track or behind, and why, in steps and areas only (no amounts, so it is safe to show
// on a shared plan).
import { BAND_IDS, type BandId, type DimensionScore, type PathPoint } from "@/lib/scoring/types";
import { dimensionChanges, type DimensionChange } from "./area-changes";

export type Standing = "ahead" | "on-track" | "behind";

/**
 * Readiness points either side of the path's expected score that still count as on track (judgement:
 * about one small step's worth, so one step taken early or late does not flip the verdict by itself).
 */
export const ON_TRACK_POINTS = 3;

const DAY_MS = 24 * 60 * 60 * 1000;
/** Average days in a month (365.25 / 12). */
const MONTH_DAYS = 30.4375;

/** Whole months from `startIso` to `atIso` (never negative). */
export function monthsBetween(startIso: string, atIso: string): number {
  const days = (Date.parse(atIso) - Date.parse(startIso)) / DAY_MS;
  return Number.isFinite(days) && days > 0 ? Math.floor(days / MONTH_DAYS) : 0;
}

/** The path's point that applies `monthsIn` months after the start: the last one at or before it. */
export function expectedAt(path: readonly PathPoint[], monthsIn: number): PathPoint | null {
  const sorted = [...path].sort((a, b) => a.month - b.month);
  return sorted.filter((p) => p.month <= monthsIn).at(-1) ?? sorted[0] ?? null;
}

export interface ScoringNow {
  at: string;
  score: number;
  band: BandId;
  /** Steps this scoring still offers: a step the path counts done that is still offered is not done yet. */
  offered: readonly string[];
  dimensions?: readonly DimensionScore[];
}

export interface PathStart {
  at: string;
  path: readonly PathPoint[];
  dimensions?: readonly DimensionScore[];
}

export interface PathStanding {
  standing: Standing;
  monthsIn: number;
  expected: PathPoint;
  score: number;
  band: BandId;
  /** Steps the path counted done by now that this scoring still offers. */
  behindSteps: string[];
  /** Steps the path put later that this scoring no longer offers: done early. */
  earlySteps: string[];
  /** Areas that moved since the start (unchanged ones left out); null when the areas are unknown. */
  areas: DimensionChange[] | null;
}

const bandRank = (band: BandId) => BAND_IDS.indexOf(band);

/** The verdict from band first, then score within the on-track margin. */
export function standingOf(expected: { score: number; band: BandId }, actual: { score: number; band: BandId }): Standing {
  const bands = bandRank(actual.band) - bandRank(expected.band);
  if (bands !== 0) return bands > 0 ? "ahead" : "behind";
  const points = actual.score - expected.score;
  return points > ON_TRACK_POINTS ? "ahead" : points < -ON_TRACK_POINTS ? "behind" : "on-track";
}

/** Null when the start has no path beyond today (a plan first scored by model v1, or a placeholder path). */
export function standAgainstPath(start: PathStart, now: ScoringNow): PathStanding | null {
  if (!start.path.some((p) => p.month > 0)) return null;
  const monthsIn = monthsBetween(start.at, now.at);
  const expected = expectedAt(start.path, monthsIn);
  if (!expected) return null;
  const offered = new Set(now.offered);
  const dueByNow = new Set(expected.done);
  const laterSteps = [...new Set(start.path.flatMap((p) => p.done))].filter((id) => !dueByNow.has(id));
  return {
    standing: standingOf(expected, now),
    monthsIn,
    expected,
    score: now.score,
    band: now.band,
    behindSteps: expected.done.filter((id) => offered.has(id)),
    earlySteps: laterSteps.filter((id) => !offered.has(id)),
    areas: start.dimensions && now.dimensions ? dimensionChanges(start.dimensions, now.dimensions).filter((d) => d.delta !== 0) : null,
  };
}

export interface StoredScoring {
  at: string;
  score: number;
  band: BandId;
  /** What that scoring said beyond its score (absent when the store could not read it). */
  detail?: { dimensions: readonly DimensionScore[]; path: readonly PathPoint[] | null; offered: readonly string[] };
}

/**
 * Each scoring (oldest first) against the first one's path; null for the first itself and for every
 * scoring when the first has no path beyond today.
 */
export function standingsAlongPlan(scorings: readonly StoredScoring[]): (PathStanding | null)[] {
  const first = scorings[0];
  const path = first?.detail?.path;
  if (!first || !path) return scorings.map(() => null);
  const start: PathStart = { at: first.at, path, dimensions: first.detail?.dimensions };
  return scorings.map((s, i) =>
    i === 0 || !s.detail
      ? null
      : standAgainstPath(start, { at: s.at, score: s.score, band: s.band, offered: s.detail.offered, dimensions: s.detail.dimensions }),
  );
}
