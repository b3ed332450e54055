// Contract v2's viewer view: without the plan's token, no amount or ratio of amounts from the answers in
// anything the API hands out (plan, export, calendar), before and after an edit; with the token,
// everything; "share my answers" (shareDetails) shows the answers and turning it off hides them again.
import { describe, expect, it } from "vitest";
import { DELETE, GET, PATCH } from "@/app/api/plans/[id]/route";
import { GET as exportRoute } from "@/app/api/plans/[id]/export/route";
import { GET as calendarRoute } from "@/app/api/plans/[id]/calendar.ics/route";
import type { PlanView } from "@/lib/plans";
import { editedProfile, leakedIn, privateProfile } from "@/tests/fixtures/distinctive-amounts";
import { apiRequest, createPlanThroughApi, expectError, expectNoWrite, routeContext, type RequestOptions, useTempDatabase } from "./helpers";

process.env.RATE_LIMIT_PLANS_PER_MINUTE = "0";
const { file } = useTempDatabase("share-view");

const get = (id: string, options: RequestOptions = {}) => GET(apiRequest("GET", `/api/plans/${id}`, options), routeContext(id));
const patch = (id: string, token: string, json: unknown) => PATCH(apiRequest("PATCH", `/api/plans/${id}`, { token, json }), routeContext(id));
const exportPlan = (id: string, options: RequestOptions = {}) => exportRoute(apiRequest("GET", `/api/plans/${id}/export`, options), routeContext(id));
const calendar = (id: string, lang: string) => calendarRoute(apiRequest("GET", `/api/plans/${id}/calendar.ics?lang=${lang}`), routeContext(id));

/** Everything a stranger with the link can fetch from the API, as text. */
async function strangersBytes(id: string): Promise<string> {
  const parts: string[] = [];
  const plan = await get(id);
  expect(plan.status).toBe(200);
  parts.push(await plan.text());
  for (const lang of ["en", "zh-CN"]) {
    const ics = await calendar(id, lang);
    expect(ics.status).toBe(200);
    parts.push(await ics.text());
  }
  const exported = await exportPlan(id);
  parts.push(await exported.text());
  return parts.join("\n");
}

describe("GET /api/plans/{id}: the viewer's view", () => {
  it("without the token: profile null, shareDetails false, none of the amounts anywhere, before and after an edit", async () => {
    const { id, editToken } = await createPlanThroughApi(privateProfile);
    const viewer = (await (await get(id)).json()) as PlanView;
    expect(viewer.profile).toBeNull();
    expect(viewer.shareDetails).toBe(false);
    expect(viewer.result.score).toBeGreaterThan(0); // band, scores and steps are there
    expect(viewer.result.recommendations.length).toBeGreaterThan(0);
    await expectError(await exportPlan(id), 401, "unauthorized");
    expect(leakedIn(await strangersBytes(id), privateProfile)).toEqual([]);

    expect((await patch(id, editToken, { profile: editedProfile })).status).toBe(200);
    const after = await strangersBytes(id);
    expect(leakedIn(after, privateProfile)).toEqual([]);
    expect(leakedIn(after, editedProfile)).toEqual([]);
  });

  it("with the token: everything, as v1 (the search does find the amounts where they are)", async () => {
    const { id, editToken } = await createPlanThroughApi(privateProfile);
    const response = await get(id, { token: editToken });
    expect(response.status).toBe(200);
    const text = await response.text();
    expect((JSON.parse(text) as PlanView).profile).toEqual(privateProfile);
    expect(leakedIn(text, privateProfile)).toEqual(expect.arrayContaining(["23457", "34567", "45671"]));

    const exported = await exportPlan(id, { token: editToken });
    expect(exported.status).toBe(200);
    expect(leakedIn(await exported.text(), privateProfile)).toContain("23457");
  });

  it("a wrong or malformed token: 401, in the reader's language, nothing written", async () => {
    const { id } = await createPlanThroughApi(privateProfile);
    const other = await createPlanThroughApi(privateProfile);
    const wrong = await expectError(await expectNoWrite(file, () => get(id, { token: other.editToken })), 401, "unauthorized");
    expect(wrong.message).toMatch(/not the plan's edit token/);
    const zh = await expectError(await get(id, { authorization: "Bearer nope", lang: "zh-CN" }), 401, "unauthorized");
    expect(zh.message).toMatch(/编辑令牌/);
    await expectError(await get(id, { authorization: "Basic abc" }), 401, "unauthorized");
    await expectError(await exportPlan(id, { token: other.editToken }), 401, "unauthorized");
    // An unknown plan is 404 with or without a token.
    await expectError(await get("AAAAAAAAAAAAAAAAAAAAAAAA", { token: other.editToken }), 404, "not_found");
  });

  it("shareDetails: off by default; on shows the answers to anyone, off hides them again", async () => {
    const { id, editToken } = await createPlanThroughApi(privateProfile);
    const on = await patch(id, editToken, { shareDetails: true });
    expect(on.status).toBe(200);
    expect(((await on.json()) as PlanView).shareDetails).toBe(true);

    const shared = (await (await get(id)).json()) as PlanView;
    expect(shared.shareDetails).toBe(true);
    expect(shared.profile).toEqual(privateProfile);
    expect((await exportPlan(id)).status).toBe(200);
    expect(leakedIn(await strangersBytes(id), privateProfile)).toContain("23457");

    expect((await patch(id, editToken, { shareDetails: false })).status).toBe(200);
    const hidden = (await (await get(id)).json()) as PlanView;
    expect(hidden.profile).toBeNull();
    expect(hidden.shareDetails).toBe(false);
    await expectError(await exportPlan(id), 401, "unauthorized");
    expect(leakedIn(await strangersBytes(id), privateProfile)).toEqual([]);
  });

  it("a change of the switch moves updatedAt (cached pages of the plan are never served for the old state)", async () => {
    const { id, editToken } = await createPlanThroughApi(privateProfile);
    const before = ((await (await get(id)).json()) as PlanView).updatedAt;
    await new Promise((resolve) => setTimeout(resolve, 5));
    const after = ((await (await patch(id, editToken, { shareDetails: true })).json()) as PlanView).updatedAt;
    expect(after > before).toBe(true);
  });

  it("only the owner may turn it on: 401 without the right token, 400 for a non-boolean; nothing changes", async () => {
    const { id, editToken } = await createPlanThroughApi(privateProfile);
    const other = await createPlanThroughApi(privateProfile);
    await expectError(await expectNoWrite(file, () => patch(id, other.editToken, { shareDetails: true })), 401, "unauthorized");
    await expectError(await expectNoWrite(file, () => patch(id, editToken, { shareDetails: "yes" })), 400, "invalid_request");
    const proto = await expectError(
      await expectNoWrite(file, () => PATCH(apiRequest("PATCH", `/api/plans/${id}`, { token: editToken, body: '{"checklist":{"__proto__":true}}' }), routeContext(id))),
      400,
      "invalid_request",
    );
    expect(proto.issues).toEqual([{ path: ["checklist", "__proto__"], message: expect.stringMatching(/__proto__/) }]);
    expect(((await (await get(id)).json()) as PlanView).profile).toBeNull();
    expect((await DELETE(apiRequest("DELETE", `/api/plans/${id}`, { token: editToken }), routeContext(id))).status).toBe(204);
  });
});
