// What each stored scoring said beyond its score, oldest first: its areas, its year ahead (none for a
// scoring by model v1) and the steps it offered. Progress compares each scoring against the first one's path.
import { getDb } from "@/lib/db";
import { isResultV2, type AnyResult, type DimensionScore, type PathPoint } from "@/lib/scoring/types";
import { SNAPSHOT_ORDER } from "./snapshot";
import { isPlanId } from "./tokens";

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

export async function getSnapshotScorings(id: string): Promise<SnapshotScoring[]> {
  if (!isPlanId(id)) return [];
  const db = await getDb();
  const rows = await db.snapshot.findMany({ where: { planId: id }, select: { result: true }, orderBy: SNAPSHOT_ORDER });
  return rows.map((row) => snapshotScoring(JSON.parse(row.result) as AnyResult));
}
