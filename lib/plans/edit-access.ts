import { getDb } from "@/lib/db";
import { editTokenMatches, isPlanId } from "./tokens";

export type EditAccess = "ok" | "not_found" | "unauthorized";

/**
 * Whether the token may edit the plan, checked before a request body is read. updatePlan and deletePlan
 * check again inside their transaction, so this is an early answer, not the guard. A missing token still
 * gets "not_found" for an unknown id: the id alone already lets anyone read the plan, so that reveals nothing.
 */
export async function checkEditAccess(id: string, token: string | null): Promise<EditAccess> {
  if (!isPlanId(id)) return "not_found";
  const db = await getDb();
  const plan = await db.plan.findUnique({ where: { id }, select: { editTokenHash: true } });
  if (!plan) return "not_found";
  return token !== null && editTokenMatches(token, plan.editTokenHash) ? "ok" : "unauthorized";
}
