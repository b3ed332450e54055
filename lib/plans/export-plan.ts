// The plan as a file its owner (or anyone with the link, like GET /api/plans/{id}) can keep.
import { getDb } from "@/lib/db";
import type { AnyProfile } from "@/lib/profile/schema";
import type { AnyResult, BandId } from "@/lib/scoring/types";
import type { Checklist } from "./checklist";
import { getPlan } from "./get-plan";
import { SNAPSHOT_ORDER } from "./snapshot";

export const EXPORT_FORMAT = "liftplan-plan-export";

export interface ExportedSnapshot {
  at: string; // ISO 8601
  score: number;
  band: BandId;
  /** The answers and the full result of that scoring: the whole history, not only the latest. */
  profile: AnyProfile;
  result: AnyResult;
}

export interface PlanExport {
  format: typeof EXPORT_FORMAT;
  /** Contract version of the profile and result inside. */
  version: 1;
  exportedAt: string;
  id: string;
  createdAt: string;
  updatedAt: string;
  modelVersion: string;
  profile: AnyProfile;
  result: AnyResult;
  snapshots: ExportedSnapshot[]; // oldest first
  checklist: Checklist;
}

/** Everything stored about the plan except the edit token's hash; null for an unknown plan. */
export async function getPlanExport(id: string, now: Date = new Date()): Promise<PlanExport | null> {
  const plan = await getPlan(id); // counts as opening the plan
  if (!plan) return null;
  const db = await getDb();
  const rows = await db.snapshot.findMany({
    where: { planId: plan.id },
    select: { at: true, score: true, bandId: true, profile: true, result: true },
    orderBy: SNAPSHOT_ORDER,
  });
  return {
    format: EXPORT_FORMAT,
    version: 1,
    exportedAt: now.toISOString(),
    id: plan.id,
    createdAt: plan.createdAt,
    updatedAt: plan.updatedAt,
    modelVersion: plan.result.modelVersion,
    profile: plan.profile,
    result: plan.result,
    snapshots: rows.map((s) => ({
      at: s.at.toISOString(),
      score: s.score,
      band: s.bandId as BandId,
      // Written by this module from validated values only.
      profile: JSON.parse(s.profile) as AnyProfile,
      result: JSON.parse(s.result) as AnyResult,
    })),
    checklist: plan.checklist,
  };
}
