// What the proxy answers a plan page from: a stored render only while it shows the plan as it is now,
// in the language and on the origin asked for; after any change to the plan, nothing (the route renders).
import { describe, expect, it } from "vitest";
import { PATCH } from "@/app/api/plans/[id]/route";
import { currentPlanPage } from "@/lib/page-cache/current-plan-page";
import { cachedOrRendered, planPageKey, type CachedPage } from "@/lib/page-cache/plan-page-store";
import { getPlanPageVersion } from "@/lib/plans";
import { apiRequest, createPlanThroughApi, routeContext, useTempDatabase } from "./helpers";

process.env.RATE_LIMIT_PLANS_PER_MINUTE = "0";
useTempDatabase("current-page");
const ORIGIN = "http://localhost:3000";

const create = () => createPlanThroughApi();

/** Stores a stand-in render of the plan as it is now, as the cache route would after rendering it. */
async function storeRender(id: string, locale: string): Promise<CachedPage> {
  const version = await getPlanPageVersion(id);
  const page: CachedPage = { body: { pieces: [Buffer.from(`<p>${id}</p>`)] }, nonce: "n", headers: [] };
  const stored = await cachedOrRendered(planPageKey({ locale, id, origin: ORIGIN, ...version! }), async () => page);
  expect(stored).toBe(page);
  return page;
}

describe("currentPlanPage", () => {
  it("is the stored render while the plan is unchanged, for that language and origin only", async () => {
    const plan = await create();
    expect(await currentPlanPage({ locale: "en", id: plan.id, origin: ORIGIN })).toBeUndefined();
    const page = await storeRender(plan.id, "en");
    expect(await currentPlanPage({ locale: "en", id: plan.id, origin: ORIGIN })).toBe(page);
    expect(await currentPlanPage({ locale: "zh-CN", id: plan.id, origin: ORIGIN })).toBeUndefined();
    expect(await currentPlanPage({ locale: "en", id: plan.id, origin: "https://elsewhere.example" })).toBeUndefined();
  });

  it("is nothing once the plan has changed", async () => {
    const plan = await create();
    await storeRender(plan.id, "en");
    const tick = await PATCH(
      apiRequest("PATCH", `/api/plans/${plan.id}`, { json: { checklist: { "enable-autopay": true } }, headers: { authorization: `Bearer ${plan.editToken}` } }),
      routeContext(plan.id),
    );
    expect(tick.status).toBe(200);
    expect(await currentPlanPage({ locale: "en", id: plan.id, origin: ORIGIN })).toBeUndefined();
  });

  it("is nothing for an unknown or malformed id", async () => {
    expect(await currentPlanPage({ locale: "en", id: "AAAAAAAAAAAAAAAAAAAAAAAA", origin: ORIGIN })).toBeUndefined();
    expect(await currentPlanPage({ locale: "en", id: "../etc", origin: ORIGIN })).toBeUndefined();
  });
});
