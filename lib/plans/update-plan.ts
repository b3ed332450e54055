import { getDb } from "@/lib/db";
import { profileSchema } from "@/lib/profile/schema";
import { evaluate } from "@/lib/scoring";
import { checklistSchema, mergeChecklist, parseStoredChecklist } from "./checklist";
import type { PlanPatch } from "./patch";
import { SNAPSHOT_FIELDS, SNAPSHOT_ORDER, snapshotRow } from "./snapshot";
import { editTokenMatches, isPlanId } from "./tokens";
import { toPlanView, type PlanView } from "./view";

/**
 * Applies the owner's change in one transaction: a new profile is scored again (current model) and
 * added to the history; checklist ticks are merged into the stored ones; `shareDetails` is stored as
 * given. Any change moves `updatedAt`, so a cached page of the plan is never served for its old state.
 * An empty change is a no-op.
 */
export async function updatePlan(
  id: string,
  token: string,
  patch: PlanPatch,
): Promise<PlanView | "not_found" | "unauthorized"> {
  if (!isPlanId(id)) return "not_found";
  const profile = patch.profile === undefined ? undefined : profileSchema.parse(patch.profile);
  const ticks = patch.checklist === undefined ? undefined : checklistSchema.parse(patch.checklist);
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const plan = await tx.plan.findUnique({ where: { id } });
    if (!plan) return "not_found";
    if (!editTokenMatches(token, plan.editTokenHash)) return "unauthorized";
    if (profile === undefined && ticks === undefined && patch.shareDetails === undefined) {
      const snapshots = await tx.snapshot.findMany({ where: { planId: id }, select: SNAPSHOT_FIELDS, orderBy: SNAPSHOT_ORDER });
      return toPlanView(plan, snapshots);
    }

    const now = new Date();
    const rescored = profile === undefined ? undefined : { profile, result: evaluate(profile) };
    if (rescored) await tx.snapshot.create({ data: { planId: id, ...snapshotRow(rescored.profile, rescored.result, now) } });
    const updated = await tx.plan.update({
      where: { id },
      data: {
        updatedAt: now,
        ...(rescored && {
          profile: JSON.stringify(rescored.profile),
          result: JSON.stringify(rescored.result),
          modelVersion: rescored.result.modelVersion,
        }),
        ...(ticks && { checklist: JSON.stringify(mergeChecklist(parseStoredChecklist(plan.checklist), ticks)) }),
        ...(patch.shareDetails !== undefined && { shareDetails: patch.shareDetails }),
      },
      include: { snapshots: { select: SNAPSHOT_FIELDS, orderBy: SNAPSHOT_ORDER } },
    });
    return toPlanView(updated, updated.snapshots);
  });
}
