// The stored render of a plan page that is still current, if there is one: one small read of the plan's
// version (which counts as opening it, as a render would) and a lookup in memory. Nothing is rendered.
import { getPlanPageVersion } from "@/lib/plans";
import { cachedPage, planPageKey, type CachedPage } from "./plan-page-store";

export async function currentPlanPage(target: { locale: string; id: string; origin: string }): Promise<CachedPage | undefined> {
  // A database error is not this function's to report: the cache route renders the page, error page included.
  const version = await getPlanPageVersion(target.id).catch(() => undefined);
  return version ? cachedPage(planPageKey({ ...target, ...version })) : undefined;
}
