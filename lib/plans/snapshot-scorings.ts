// What each stored scoring said beyond its score, oldest first: its areas, its year ahead (none for a
// scoring by model v1) and the steps it offered. Progress compares each scoring against the first one's path.
import { isResultV2, type AnyResult, type DimensionScore, type PathPoint } from "@/lib/scoring/types";

export interface SnapshotScoring {
  dimensions: DimensionScore[];
  path: PathPoint[] | null;
  offered: string[];
}

export function snapshotScoring(result: AnyResult): SnapshotScoring {
  return {
    dimensions: result.dimensions,
    path: isResultV2(result) ? result.path : null,
    offered: result.recommendations.map((r) => r.id),
  };
}
