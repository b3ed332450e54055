import { getDb } from "@/lib/db";
import { editTokenMatches, isPlanId } from "./tokens";

/** Deletes the plan and its whole history for good. */
export async function deletePlan(id: string, token: string): Promise<"deleted" | "not_found" | "unauthorized"> {
  if (!isPlanId(id)) return "not_found";
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const plan = await tx.plan.findUnique({ where: { id }, select: { editTokenHash: true } });
    if (!plan) return "not_found";
    if (!editTokenMatches(token, plan.editTokenHash)) return "unauthorized";
    // The foreign key cascades too; deleting explicitly keeps this true whatever the connection's settings.
    await tx.snapshot.deleteMany({ where: { planId: id } });
    await tx.plan.delete({ where: { id } });
    return "deleted";
  });
}
