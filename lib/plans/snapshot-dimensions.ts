// Each stored scoring's dimension scores, oldest first: what "since last time" compares per area.
// Kept out of PlanView so the API's snapshot shape stays the contract's { at, score, band }.
import { getDb } from "@/lib/db";
import type { DimensionScore, Result } from "@/lib/scoring/types";
import { SNAPSHOT_ORDER } from "./snapshot";
import { isPlanId } from "./tokens";

export async function getSnapshotDimensions(id: string): Promise<DimensionScore[][]> {
  if (!isPlanId(id)) return [];
  const db = await getDb();
  const rows = await db.snapshot.findMany({ where: { planId: id }, select: { result: true }, orderBy: SNAPSHOT_ORDER });
  return rows.map((row) => (JSON.parse(row.result) as Result).dimensions);
}
