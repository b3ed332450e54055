// Removes plans nobody has opened for the retention period (PLAN_RETENTION_DAYS), with their history.
import { getDb } from "@/lib/db";
import { retentionCutoff } from "./retention";

// Small batches keep each transaction short: SQLite has one writer, and requests must not queue behind us.
const BATCH = 200;

/** Deletes every plan last opened before `now - days` and returns how many went. days = 0 keeps all. */
export async function pruneStalePlans(now: Date, days: number): Promise<number> {
  if (days <= 0) return 0;
  const cutoff = retentionCutoff(now, days);
  const db = await getDb();
  let removed = 0;
  for (;;) {
    const stale = await db.plan.findMany({ where: { lastViewedAt: { lt: cutoff } }, select: { id: true }, take: BATCH });
    if (stale.length === 0) return removed;
    const ids = stale.map((p) => p.id);
    removed += await db.$transaction(async (tx) => {
      // The date is checked again here: a plan opened since the lookup above stays.
      const { count } = await tx.plan.deleteMany({ where: { id: { in: ids }, lastViewedAt: { lt: cutoff } } });
      // The foreign key cascades; this also holds where it does not. Only the history of plans that are
      // really gone is touched.
      const kept = new Set((await tx.plan.findMany({ where: { id: { in: ids } }, select: { id: true } })).map((p) => p.id));
      const gone = ids.filter((id) => !kept.has(id));
      if (gone.length > 0) await tx.snapshot.deleteMany({ where: { planId: { in: gone } } });
      return count;
    });
    if (stale.length < BATCH) return removed;
  }
}
