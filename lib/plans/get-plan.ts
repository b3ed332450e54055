import { getDb, type Db } from "@/lib/db";
import { SNAPSHOT_FIELDS, SNAPSHOT_ORDER } from "./snapshot";
import { isPlanId } from "./tokens";
import { toPlanView, type PlanView } from "./view";

const DAY_MS = 24 * 60 * 60 * 1000;

/** The plan, or null when there is none with this id (a malformed id included). Anyone may read a plan. */
export async function getPlan(id: string): Promise<PlanView | null> {
  if (!isPlanId(id)) return null;
  const db = await getDb();
  const plan = await db.plan.findUnique({
    where: { id },
    include: { snapshots: { select: SNAPSHOT_FIELDS, orderBy: SNAPSHOT_ORDER } },
  });
  if (!plan) return null;
  if (Date.now() - plan.lastViewedAt.getTime() > DAY_MS) await noteViewed(db, id);
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
  await noteViewed(db, id);
  // Read again rather than assume the write won: a failed or lost write leaves the old date in place.
  return read();
}

// At most one write a day per plan: enough to find plans nobody has opened for months, and cheap.
async function noteViewed(db: Db, id: string): Promise<void> {
  const now = new Date();
  try {
    await db.$transaction((tx) =>
      tx.plan.updateMany({ where: { id, lastViewedAt: { lt: new Date(now.getTime() - DAY_MS) } }, data: { lastViewedAt: now } }),
    );
  } catch {
    // Bookkeeping only: a busy database must not turn a read into an error.
  }
}
