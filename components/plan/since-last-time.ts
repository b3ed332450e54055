// "Since last time": how the newest scoring differs from the one before it, overall and per area.
import type { BandId, DimensionId, DimensionScore } from "@/lib/scoring/types";

export interface SnapshotPoint {
  at: string;
  score: number;
  band: BandId;
  /** Per-area scores of that scoring, when the plan store provides them. */
  dimensions?: readonly DimensionScore[];
}

export interface DimensionChange {
  id: DimensionId;
  from: number;
  to: number;
  delta: number;
}

export interface Change {
  previousAt: string;
  scoreFrom: number;
  scoreTo: number;
  scoreDelta: number;
  bandFrom: BandId;
  bandTo: BandId;
  /** Null when the earlier scoring's areas are unknown. */
  dimensions: DimensionChange[] | null;
}

/** The change from the second newest to the newest snapshot (oldest-first input); null with fewer than two. */
export function sinceLastTime(snapshots: readonly SnapshotPoint[], current?: readonly DimensionScore[]): Change | null {
  const ordered = [...snapshots].sort((a, b) => a.at.localeCompare(b.at));
  const latest = ordered.at(-1);
  const previous = ordered.at(-2);
  if (!latest || !previous) return null;
  const now = current ?? latest.dimensions;
  return {
    previousAt: previous.at,
    scoreFrom: previous.score,
    scoreTo: latest.score,
    scoreDelta: latest.score - previous.score,
    bandFrom: previous.band,
    bandTo: latest.band,
    dimensions: now && previous.dimensions ? dimensionChanges(previous.dimensions, now) : null,
  };
}

/** Per-area change, areas in the current order; an area missing from the earlier scoring is left out. */
export function dimensionChanges(before: readonly DimensionScore[], after: readonly DimensionScore[]): DimensionChange[] {
  const earlier = new Map(before.map((d) => [d.id, d.score]));
  return after.flatMap((d) => {
    const from = earlier.get(d.id);
    return from === undefined ? [] : [{ id: d.id, from, to: d.score, delta: d.score - from }];
  });
}
