import { getDb } from "@/lib/db";
import type { Band } from "@/lib/scoring/types";
import { isPlanId } from "./tokens";

export interface PlanBadge {
  score: number;
  band: Band;
}

/**
 * Only the score and band of a plan, for its link-preview image. Reading it does not count as opening
 * the plan: a chat app fetching a preview must not keep an abandoned plan alive.
 */
export async function getPlanBadge(id: string): Promise<PlanBadge | null> {
  if (!isPlanId(id)) return null;
  const db = await getDb();
  const plan = await db.plan.findUnique({ where: { id }, select: { result: true } });
  if (!plan) return null;
  const result = JSON.parse(plan.result) as { score: number; band: Band };
  return { score: result.score, band: result.band };
}
