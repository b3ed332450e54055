// Everything a plan's pages show, read in one query: the plan, the owner's ticks, when it was last opened
// (the removal date), and each scoring of its history with its areas and year ahead (progress, "since
// last time"). The plan page, its metadata, the print page, the edit page and the retention note all
// read it through loadPlanPage, once per request. Opening the plan counts as a visit (last-viewed.ts).
import { cache } from "react";
import { getDb } from "@/lib/db";
import type { Profile } from "@/lib/profile/schema";
import { upgradeProfile } from "@/lib/profile/upgrade";
import type { AnyResult } from "@/lib/scoring/types";
import { noteViewed } from "./last-viewed";
import { SNAPSHOT_ORDER } from "./snapshot";
import { snapshotScoring, type SnapshotScoring } from "./snapshot-scorings";
import { isPlanId } from "./tokens";
import { toPlanView, type PlanView, type SnapshotView } from "./view";

export interface PlanPageSnapshot extends SnapshotView {
  /** What that scoring said beyond its score: its areas, its year ahead and the steps it offered. */
  detail: SnapshotScoring;
}

export interface PlanPage extends Omit<PlanView, "profile" | "snapshots"> {
  /**
   * The answers, upgraded to the current profile. Only for what the server works out without quoting
   * them (the don'ts, triage, the model comparison); anything that shows amounts takes `details`.
   */
  profile: Profile;
  /** The answers when the owner shares them, else null: a page is served as a stranger sees it. */
  details: Profile | null;
  /** When the plan was last opened, this opening included. */
  lastViewedAt: Date;
  snapshots: PlanPageSnapshot[]; // oldest first
}

/** The plan's page data, or null for an unknown or malformed id. One query (plus the daily "opened" write). */
export async function getPlanPage(id: string): Promise<PlanPage | null> {
  if (!isPlanId(id)) return null;
  const db = await getDb();
  const row = await db.plan.findUnique({
    where: { id },
    select: {
      id: true,
      createdAt: true,
      updatedAt: true,
      lastViewedAt: true,
      profile: true,
      result: true,
      checklist: true,
      shareDetails: true,
      snapshots: { select: { at: true, score: true, bandId: true, result: true }, orderBy: SNAPSHOT_ORDER },
    },
  });
  if (!row) return null;
  const lastViewedAt = (await noteViewed(db, id, row.lastViewedAt)) ?? row.lastViewedAt;
  const { profile: stored, snapshots, ...plan } = toPlanView(row, row.snapshots);
  const profile = upgradeProfile(stored);
  return {
    ...plan,
    profile,
    details: plan.shareDetails ? profile : null,
    lastViewedAt,
    snapshots: snapshots.map((s, i) => ({ ...s, detail: snapshotScoring(JSON.parse(row.snapshots[i]!.result) as AnyResult) })),
  };
}

/** getPlanPage once per request: the page, its metadata and the parts that need the plan share one read. */
export const loadPlanPage = cache(getPlanPage);
