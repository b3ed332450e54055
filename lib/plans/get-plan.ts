import { getDb } from "@/lib/db";
import { DAY_MS } from "./retention";
import { noteViewed } from "./last-viewed";
import { SNAPSHOT_FIELDS, SNAPSHOT_ORDER } from "./snapshot";
import { isPlanId } from "./tokens";
import { toPlanView, type PlanView } from "./view";

/** The plan, or null when there is none with this id (a malformed id included). Anyone may read a plan. */
export async function getPlan(id: string): Promise<PlanView | null> {
  if (!isPlanId(id)) return null;
  const db = await getDb();
  const plan = await db.plan.findUnique({
    where: { id },
    include: { snapshots: { select: SNAPSHOT_FIELDS, orderBy: SNAPSHOT_ORDER } },
  });
  if (!plan) return null;
  await noteViewed(db, id, plan.lastViewedAt);
  return toPlanView(plan, plan.snapshots);
}

/**
 * What a rendered plan page depends on in the database: when the plan last changed and when it was last
 * opened (the page's removal date). Opening counts as a visit, as getPlan does. Null for an unknown plan.
 * The plan-page cache keys on these, so one small read per visit tells whether a cached page is current.
 */
export async function getPlanPageVersion(id: string): Promise<{ updatedAt: Date; lastViewedAt: Date } | null> {
  if (!isPlanId(id)) return null;
  const db = await getDb();
  const read = () => db.plan.findUnique({ where: { id }, select: { updatedAt: true, lastViewedAt: true } });
  const plan = await read();
  if (!plan) return null;
  if (Date.now() - plan.lastViewedAt.getTime() <= DAY_MS) return plan;
  const moved = await noteViewed(db, id, plan.lastViewedAt);
  // Read again when this call did not move the date: another request may have, or the write failed and
  // the old date stands.
  return moved ? { updatedAt: plan.updatedAt, lastViewedAt: moved } : read();
}
