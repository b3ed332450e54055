import { getDb } from "@/lib/db";
import { isPlanId } from "./tokens";

/**
 * When the plan was last opened, for the page's "removed on …" note. Internal: the API's plan body does
 * not carry it (the contract lists its fields). Null for an unknown plan.
 */
export async function getPlanLastViewedAt(id: string): Promise<Date | null> {
  if (!isPlanId(id)) return null;
  const db = await getDb();
  const plan = await db.plan.findUnique({ where: { id }, select: { lastViewedAt: true } });
  return plan?.lastViewedAt ?? null;
}
