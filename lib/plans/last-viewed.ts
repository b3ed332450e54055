// Opening a plan moves its "last opened" date, from which unopened plans are removed (retention.ts).
import type { Db } from "@/lib/db";
import { DAY_MS } from "./retention";

/**
 * Counts this read as opening the plan: at most one write a day per plan, enough to find plans nobody
 * has opened for months, and cheap. The new date when this call moved it; null when the date was recent
 * or the write did not happen (another request moved it first, or the database was busy).
 */
export async function noteViewed(db: Db, id: string, lastViewedAt: Date): Promise<Date | null> {
  const now = new Date();
  if (now.getTime() - lastViewedAt.getTime() <= DAY_MS) return null;
  try {
    const { count } = await db.$transaction((tx) =>
      tx.plan.updateMany({ where: { id, lastViewedAt: { lt: new Date(now.getTime() - DAY_MS) } }, data: { lastViewedAt: now } }),
    );
    return count === 1 ? now : null;
  } catch {
    // Bookkeeping only: a busy database must not turn a read into an error.
    return null;
  }
}
