// What the plan-page cache reads on every visit: the plan's last change and last opening, an opening
// older than a day moved to now (as reading the plan does), nothing for an unknown or malformed id.
import { describe, expect, it } from "vitest";
import { PATCH } from "@/app/api/plans/[id]/route";
import { getPlanPageVersion } from "@/lib/plans";
import { apiRequest, createPlanThroughApi, rawSql, routeContext, useTempDatabase } from "./helpers";

process.env.RATE_LIMIT_PLANS_PER_MINUTE = "0";
const { file } = useTempDatabase("page-version");
const DAY = 86_400_000;

const create = () => createPlanThroughApi();

const stamp = (at: Date) => at.toISOString().replace("Z", "+00:00");

describe("getPlanPageVersion", () => {
  it("changes when the plan changes, and not when nothing did", async () => {
    const plan = await create();
    const first = await getPlanPageVersion(plan.id);
    expect(first).not.toBeNull();
    expect(await getPlanPageVersion(plan.id)).toEqual(first);
    const tick = await PATCH(
      apiRequest("PATCH", `/api/plans/${plan.id}`, { json: { checklist: { "enable-autopay": true } }, headers: { authorization: `Bearer ${plan.editToken}` } }),
      routeContext(plan.id),
    );
    expect(tick.status).toBe(200);
    const after = await getPlanPageVersion(plan.id);
    expect(after!.updatedAt.getTime()).toBeGreaterThan(first!.updatedAt.getTime());
  });

  it("counts as opening the plan: an opening older than a day moves to now", async () => {
    const plan = await create();
    const old = new Date(Date.now() - 3 * DAY);
    await rawSql(file, 'UPDATE "Plan" SET "lastViewedAt" = ? WHERE id = ?', [stamp(old), plan.id]);
    const version = await getPlanPageVersion(plan.id);
    expect(Date.now() - version!.lastViewedAt.getTime()).toBeLessThan(60_000);
  });

  it("is null for an unknown or malformed id", async () => {
    expect(await getPlanPageVersion("AAAAAAAAAAAAAAAAAAAAAAAA")).toBeNull();
    expect(await getPlanPageVersion("../etc")).toBeNull();
  });
});
