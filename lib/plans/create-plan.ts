import { getDb } from "@/lib/db";
import { profileSchema, type Profile } from "@/lib/profile/schema";
import { evaluate } from "@/lib/scoring";
import { snapshotRow } from "./snapshot";
import { hashEditToken, newEditToken, newPlanId } from "./tokens";
import { toPlanView, type PlanView } from "./view";

/**
 * Scores the profile and stores it as a new plan with its first snapshot. The edit token is returned
 * here and only here: the database keeps its hash.
 */
export async function createPlan(profile: Profile): Promise<{ plan: PlanView; editToken: string }> {
  const checked = profileSchema.parse(profile); // callers validate already; this guards what gets stored
  const result = evaluate(checked);
  const editToken = newEditToken();
  const now = new Date();
  const db = await getDb();
  // Every write runs in a transaction: the SQLite adapter shares one connection, and only transactions
  // are serialised on it.
  const plan = await db.$transaction((tx) =>
    tx.plan.create({
      data: {
        id: newPlanId(),
        editTokenHash: hashEditToken(editToken),
        profile: JSON.stringify(checked),
        result: JSON.stringify(result),
        modelVersion: result.modelVersion,
        checklist: "{}",
        createdAt: now,
        updatedAt: now,
        lastViewedAt: now,
        snapshots: { create: snapshotRow(checked, result, now) },
      },
    }),
  );
  return { plan: toPlanView(plan, [{ at: now, score: result.score, bandId: result.band.id }]), editToken };
}
