import { getPlan } from "./get-plan";
import { editTokenMatches } from "./tokens";
import { getDb } from "@/lib/db";
import { viewerView, type PlanView, type ViewerPlanView } from "./view";

export type PlanRead =
  | { access: "owner"; plan: PlanView }
  | { access: "viewer"; plan: ViewerPlanView }
  | "not_found"
  | "unauthorized";

/**
 * A plan as the caller may see it: everything with the plan's edit token, the viewer's view without one
 * (viewerView), and "unauthorized" for a token that is not this plan's (a wrong token is refused, not
 * quietly treated as no token, so a client knows its stored token is stale).
 */
export async function readPlan(id: string, token: string | null, presented = token !== null): Promise<PlanRead> {
  const plan = await getPlan(id);
  if (!plan) return "not_found";
  if (!presented) return { access: "viewer", plan: viewerView(plan) };
  if (token === null) return "unauthorized";
  const db = await getDb();
  const row = await db.plan.findUnique({ where: { id: plan.id }, select: { editTokenHash: true } });
  if (!row) return "not_found";
  return editTokenMatches(token, row.editTokenHash) ? { access: "owner", plan } : "unauthorized";
}
