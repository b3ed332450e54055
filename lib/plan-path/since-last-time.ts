// "Since last time": how the newest scoring differs from the one before it, overall and per area.
import { dimensionChanges, type DimensionChange } from "./area-changes";
import type { BandId, DimensionScore } from "@/lib/scoring/types";

export interface SnapshotPoint {
  at: string;
  score: number;
  band: BandId;
  /** Per-area scores of that scoring, when the plan store provides them. */
  dimensions?: readonly DimensionScore[];
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
