// The prune step: plans not opened for the retention period go, with their history; opening resets it.
import { afterEach, describe, expect, it, vi } from "vitest";
import { GET, PATCH } from "@/app/api/plans/[id]/route";
import { pruneStalePlans, retentionDays } from "@/lib/plans";
import { startPruneSchedule, stopPruneSchedule } from "@/lib/plans/prune-schedule";
import { defaultProfile } from "@/lib/profile/defaults";
import { apiRequest, createPlanThroughApi, rawSql, routeContext, useTempDatabase } from "./helpers";

process.env.RATE_LIMIT_PLANS_PER_MINUTE = "0";
const { file } = useTempDatabase("prune");
const DAY = 86_400_000;
const MINUTE = 60_000;

const create = () => createPlanThroughApi();

// Stored the way the app stores it (ISO text on SQLite; PostgreSQL parses it).
const stamp = (at: Date) => at.toISOString().replace("Z", "+00:00");
const age = (id: string, lastViewedAt: Date) => rawSql(file, 'UPDATE "Plan" SET "lastViewedAt" = ? WHERE id = ?', [stamp(lastViewedAt), id]);
const exists = async (id: string) => (await rawSql(file, 'SELECT id FROM "Plan" WHERE id = ?', [id])).length === 1;
const snapshots = async (id: string) => Number((await rawSql(file, 'SELECT COUNT(*) AS n FROM "Snapshot" WHERE "planId" = ?', [id]))[0]!.n);
const get = (id: string) => GET(apiRequest("GET", `/api/plans/${id}`), routeContext(id));

afterEach(() => {
  stopPruneSchedule();
  vi.restoreAllMocks();
  delete process.env.PLAN_RETENTION_DAYS;
});

describe("pruneStalePlans", () => {
  it("removes a plan just outside the window with its snapshots, keeps one just inside", async () => {
    const now = new Date();
    const inside = await create();
    const outside = await create();
    // Two snapshots on the plan that goes, so its whole history must go with it.
    const patched = await PATCH(
      apiRequest("PATCH", `/api/plans/${outside.id}`, { token: outside.editToken, json: { profile: { ...defaultProfile, repayment: { ...defaultProfile.repayment, autopay: true } } } }),
      routeContext(outside.id),
    );
    expect(patched.status).toBe(200);
    expect(await snapshots(outside.id)).toBe(2);
    await age(inside.id, new Date(now.getTime() - 180 * DAY + MINUTE));
    await age(outside.id, new Date(now.getTime() - 180 * DAY - MINUTE));

    expect(await pruneStalePlans(now, 180)).toBe(1);
    expect(await exists(outside.id)).toBe(false);
    expect(await snapshots(outside.id)).toBe(0);
    expect((await get(outside.id)).status).toBe(404);
    expect(await exists(inside.id)).toBe(true);
    expect(await snapshots(inside.id)).toBe(1);
    expect(await pruneStalePlans(now, 180)).toBe(0); // nothing left to do
  });

  it("opening a plan resets its clock", async () => {
    const now = new Date();
    const plan = await create();
    await age(plan.id, new Date(now.getTime() - 180 * DAY - MINUTE));
    expect((await get(plan.id)).status).toBe(200); // a visit, e.g. the share link opened
    expect(await pruneStalePlans(now, 180)).toBe(0);
    expect(await exists(plan.id)).toBe(true);
    // Still there 179 days later; gone once the window has passed since that visit.
    // (Other tests' plans in this database may go meanwhile: only this plan is checked.)
    await pruneStalePlans(new Date(now.getTime() + 179 * DAY), 180);
    expect(await exists(plan.id)).toBe(true);
    expect(await pruneStalePlans(new Date(now.getTime() + 181 * DAY), 180)).toBeGreaterThanOrEqual(1);
    expect(await exists(plan.id)).toBe(false);
  });

  it("follows the configured number of days; 0 keeps every plan", async () => {
    const now = new Date();
    const plan = await create();
    await age(plan.id, new Date(now.getTime() - 31 * DAY));
    process.env.PLAN_RETENTION_DAYS = "0";
    expect(await pruneStalePlans(now, retentionDays())).toBe(0);
    process.env.PLAN_RETENTION_DAYS = "60";
    expect(await pruneStalePlans(now, retentionDays())).toBe(0);
    process.env.PLAN_RETENTION_DAYS = "30";
    expect(await pruneStalePlans(now, retentionDays())).toBe(1);
    expect(await exists(plan.id)).toBe(false);
  });

  it("removes more plans than fit in one batch", async () => {
    const now = new Date();
    const ids: string[] = [];
    for (let i = 0; i < 205; i++) ids.push((await create()).id);
    await rawSql(file, 'UPDATE "Plan" SET "lastViewedAt" = ?', [stamp(new Date(now.getTime() - 365 * DAY))]);
    expect(await pruneStalePlans(now, 180)).toBeGreaterThanOrEqual(205);
    expect(Number((await rawSql(file, 'SELECT COUNT(*) AS n FROM "Plan"'))[0]!.n)).toBe(0);
    expect(Number((await rawSql(file, 'SELECT COUNT(*) AS n FROM "Snapshot"'))[0]!.n)).toBe(0);
  });
});

describe("startPruneSchedule", () => {
  it("prunes at once on start and logs only the count", async () => {
    const plan = await create();
    await age(plan.id, new Date(Date.now() - 200 * DAY));
    const log = vi.spyOn(console, "log").mockImplementation(() => undefined);
    startPruneSchedule(180, 60 * 60 * 1000);
    startPruneSchedule(180, 60 * 60 * 1000); // a second start is ignored
    await vi.waitFor(() => expect(log).toHaveBeenCalledTimes(1), { timeout: 5000 });
    expect(await exists(plan.id)).toBe(false);
    const line = String(log.mock.calls[0]![0]);
    expect(line).toBe("[prune] removed 1 plan(s) not opened for 180 days");
    expect(line).not.toContain(plan.id);
  });
});
