// How each area's score moved between two scorings: the shared "what changed" of progress notes.
import type { DimensionId, DimensionScore } from "@/lib/scoring/types";

export interface DimensionChange {
  id: DimensionId;
  from: number;
  to: number;
  delta: number;
}

/** Per-area change, areas in the current order; an area missing from the earlier scoring is left out. */
export function dimensionChanges(before: readonly DimensionScore[], after: readonly DimensionScore[]): DimensionChange[] {
  const earlier = new Map(before.map((d) => [d.id, d.score]));
  return after.flatMap((d) => {
    const from = earlier.get(d.id);
    return from === undefined ? [] : [{ id: d.id, from, to: d.score, delta: d.score - from }];
  });
}
