// The stored render of a plan page that is still current, if there is one: one small read of the plan's
// version (which counts as opening it, as a render would) and a lookup in memory. Nothing is rendered.
// The module itself, not the plans index: the proxy loads this and need not carry the rest of lib/plans.
import { getPlanPageVersion } from "@/lib/plans/get-plan";
import { cachedPage, planPageKey, type CachedPage } from "./plan-page-store";
import type { PlanVersion } from "./plan-version";

interface Target {
  locale: string;
  id: string;
  origin: string;
}

/**
 * The plan's version (null: no such plan; undefined: the database could not say) and the stored page for
 * it, if any. A database error is not this function's to report: the cache route renders the page, error
 * page included.
 */
export async function planPageState(target: Target): Promise<{ version: PlanVersion | null | undefined; page: CachedPage | undefined }> {
  const version = await getPlanPageVersion(target.id).catch(() => undefined);
  return { version, page: version ? cachedPage(planPageKey({ ...target, ...version })) : undefined };
}

export async function currentPlanPage(target: Target): Promise<CachedPage | undefined> {
  return (await planPageState(target)).page;
}
