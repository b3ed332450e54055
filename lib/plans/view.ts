// What a plan looks like to readers: the body of GET /api/plans/{id} (contract v1) and the pages' data.
import type { AnyProfile } from "@/lib/profile/schema";
import type { AnyResult, BandId } from "@/lib/scoring/types";
import { parseStoredChecklist, type Checklist } from "./checklist";

export interface SnapshotView {
  at: string; // ISO 8601
  score: number;
  band: BandId;
}

export interface PlanView {
  id: string;
  createdAt: string; // ISO 8601
  updatedAt: string; // ISO 8601
  profile: AnyProfile; // as stored: a v1 plan keeps its v1 answers
  result: AnyResult; // as scored then, with the model version of that time (a v1 plan keeps its v1 result)
  snapshots: SnapshotView[]; // oldest first
  checklist: Checklist;
  /** The owner's "share my answers": whether someone without the token may see `profile`. */
  shareDetails: boolean;
}

/** What someone without the plan's token gets: the answers only when the owner shares them. */
export type ViewerPlanView = Omit<PlanView, "profile"> & { profile: AnyProfile | null };

/**
 * The viewer's view of a plan (contract v2): no answers, so no amount or ratio of amounts, unless the
 * owner turned on "share my answers". Everything else (band, scores, steps, history) is the same.
 */
export function viewerView(plan: PlanView): ViewerPlanView {
  return plan.shareDetails ? plan : { ...plan, profile: null };
}

interface PlanRow {
  id: string;
  createdAt: Date;
  updatedAt: Date;
  profile: string;
  result: string;
  checklist: string;
  shareDetails: boolean;
}

interface SnapshotRow {
  at: Date;
  score: number;
  bandId: string;
}

export function toPlanView(plan: PlanRow, snapshots: SnapshotRow[]): PlanView {
  return {
    id: plan.id,
    createdAt: plan.createdAt.toISOString(),
    updatedAt: plan.updatedAt.toISOString(),
    // Written by this module from validated values only, so parsing back needs no second validation.
    profile: JSON.parse(plan.profile) as AnyProfile,
    result: JSON.parse(plan.result) as AnyResult,
    snapshots: snapshots.map((s) => ({ at: s.at.toISOString(), score: s.score, band: s.bandId as BandId })),
    checklist: parseStoredChecklist(plan.checklist),
    shareDetails: plan.shareDetails,
  };
}
