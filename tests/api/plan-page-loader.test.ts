// The plan page's one read (lib/plans/plan-page.ts): everything the page, the print page and the retention
// note show, and the privacy rule the pages rely on: the answers reach `details` only when the owner
// shares them.
import { describe, expect, it } from "vitest";
import { PATCH } from "@/app/api/plans/[id]/route";
import { getPlan, getPlanPage } from "@/lib/plans";
import { upgradeProfile } from "@/lib/profile/upgrade";
import { editedProfile, privateProfile } from "@/tests/fixtures/distinctive-amounts";
import { apiRequest, createPlanThroughApi, routeContext, useTempDatabase } from "./helpers";

process.env.RATE_LIMIT_PLANS_PER_MINUTE = "0";
useTempDatabase("page-loader");

const patch = (id: string, token: string, json: unknown) => PATCH(apiRequest("PATCH", `/api/plans/${id}`, { token, json }), routeContext(id));

describe("getPlanPage", () => {
  it("holds what the API's plan holds, with the answers upgraded, and no answers in `details` unless shared", async () => {
    const { id, editToken } = await createPlanThroughApi(privateProfile);
    const page = await getPlanPage(id);
    const api = await getPlan(id);
    expect(page).not.toBeNull();
    expect(page!.id).toBe(id);
    expect(page!.result).toEqual(api!.result);
    expect(page!.checklist).toEqual(api!.checklist);
    expect([page!.createdAt, page!.updatedAt]).toEqual([api!.createdAt, api!.updatedAt]);
    expect(page!.profile).toEqual(upgradeProfile(api!.profile));
    expect(page!.shareDetails).toBe(false);
    expect(page!.details).toBeNull();

    expect((await patch(id, editToken, { shareDetails: true })).status).toBe(200);
    const shared = await getPlanPage(id);
    expect(shared!.details).toEqual(upgradeProfile(privateProfile));

    expect((await patch(id, editToken, { shareDetails: false })).status).toBe(200);
    expect((await getPlanPage(id))!.details).toBeNull();
  });

  it("carries each scoring's areas and year ahead, oldest first, and when the plan was last opened", async () => {
    const { id, editToken } = await createPlanThroughApi(privateProfile);
    expect((await patch(id, editToken, { profile: editedProfile })).status).toBe(200);
    const page = await getPlanPage(id);
    const api = await getPlan(id);
    expect(page!.snapshots.map(({ at, score, band }) => ({ at, score, band }))).toEqual(api!.snapshots);
    expect(page!.snapshots).toHaveLength(2);
    const [first, latest] = page!.snapshots;
    expect(first!.at < latest!.at).toBe(true);
    // The newest scoring is the plan's current result.
    expect(latest!.detail.dimensions).toEqual(page!.result.dimensions);
    expect(latest!.detail.offered).toEqual(page!.result.recommendations.map((r) => r.id));
    expect(first!.detail.path?.length).toBeGreaterThan(0);
    expect(first!.detail.dimensions).not.toEqual(latest!.detail.dimensions);
    expect(page!.lastViewedAt).toBeInstanceOf(Date);
    expect(Date.now() - page!.lastViewedAt.getTime()).toBeLessThan(60_000);
  });

  it("is null for an unknown or malformed id", async () => {
    expect(await getPlanPage("AAAAAAAAAAAAAAAAAAAAAAAA")).toBeNull();
    expect(await getPlanPage("../etc")).toBeNull();
  });
});
