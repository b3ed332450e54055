// GET /api/plans/{id}/export: the whole plan as a JSON file; its profile goes back in as a new plan.
import { describe, expect, it } from "vitest";
import { GET as getRoute, PATCH } from "@/app/api/plans/[id]/route";
import { GET as exportRoute } from "@/app/api/plans/[id]/export/route";
import { EXPORT_FORMAT, type PlanExport, type PlanView } from "@/lib/plans";
import { translatorFor } from "@/lib/i18n/translator";
import { profileSchema, type Profile } from "@/lib/profile/schema";
import { evaluate, MODEL_VERSION } from "@/lib/scoring";
import { soleTrader, typical } from "@/tests/fixtures/profiles";
import { upgradeProfile } from "@/lib/profile/upgrade";
import { apiRequest, createPlanThroughApi, expectError, expectNoWrite, routeContext, useTempDatabase } from "./helpers";

process.env.RATE_LIMIT_PLANS_PER_MINUTE = "0";
const { file } = useTempDatabase("export");

const create = (profile: Profile) => createPlanThroughApi(profile);
// The export carries the answers: it is the owner's (the token), or anyone's once the answers are shared.
const exportPlan = (id: string, lang = "en", token?: string) =>
  exportRoute(apiRequest("GET", `/api/plans/${id}/export`, { lang, token }), routeContext(id));
const getPlan = async (id: string, token: string) =>
  (await (await getRoute(apiRequest("GET", `/api/plans/${id}`, { token }), routeContext(id))).json()) as PlanView;

describe("GET /api/plans/{id}/export", () => {
  it("200 attachment: profile, result, every snapshot with its answers, checklist, dates, model version", async () => {
    const created = await create(typical);
    const changed: Profile = { ...typical, repayment: { ...typical.repayment, autopay: true } };
    const patched = await PATCH(
      apiRequest("PATCH", `/api/plans/${created.id}`, { token: created.editToken, json: { profile: changed, checklist: { "enable-autopay": true } } }),
      routeContext(created.id),
    );
    expect(patched.status).toBe(200);

    const response = await exportPlan(created.id, "en", created.editToken);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="liftplan-${created.id}.json"`);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const text = await response.text();
    expect(text).not.toContain(created.editToken);
    expect(text).not.toMatch(/editToken/i);
    const exported = JSON.parse(text) as PlanExport;

    expect(exported.format).toBe(EXPORT_FORMAT);
    expect(exported.version).toBe(1);
    expect(exported.id).toBe(created.id);
    expect(exported.modelVersion).toBe(MODEL_VERSION);
    // The profile is a valid contract v1 profile; the result is what the model says for it.
    expect(profileSchema.parse(exported.profile)).toEqual(changed);
    expect(exported.result).toEqual(evaluate(changed));
    expect(exported.result.score).toBeGreaterThanOrEqual(0);
    expect(["B0", "B1", "B2", "B3", "B4", "B5"]).toContain(exported.result.band.id);
    expect(exported.checklist).toEqual({ "enable-autopay": true });

    // The same plan as GET shows it, plus the history's answers and results.
    const view = await getPlan(created.id, created.editToken);
    expect({ createdAt: exported.createdAt, updatedAt: exported.updatedAt }).toEqual({ createdAt: view.createdAt, updatedAt: view.updatedAt });
    expect(exported.snapshots.map(({ at, score, band }) => ({ at, score, band }))).toEqual(view.snapshots);
    expect(exported.snapshots).toHaveLength(2);
    expect(exported.snapshots.map((s) => profileSchema.parse(s.profile))).toEqual([typical, changed]);
    expect(exported.snapshots.map((s) => s.result)).toEqual([evaluate(typical), evaluate(changed)]);
    expect(Date.parse(exported.exportedAt)).toBeGreaterThan(Date.now() - 60_000);
  });

  it("round trip: the exported profile posted to /api/plans makes an equivalent plan with the same result", async () => {
    const original = await create(soleTrader);
    const exported = (await (await exportPlan(original.id, "en", original.editToken)).json()) as PlanExport;
    const copy = await create(upgradeProfile(exported.profile));
    expect(copy.id).not.toBe(original.id);
    const again = (await (await exportPlan(copy.id, "en", copy.editToken)).json()) as PlanExport;
    expect(again.profile).toEqual(exported.profile);
    expect(again.result).toEqual(exported.result);
    expect(again.modelVersion).toBe(exported.modelVersion);
  });

  it("404 not_found for unknown and malformed ids, in the request's language, writing nothing", async () => {
    const unknown = await expectError(await expectNoWrite(file, () => exportPlan("AAAAAAAAAAAAAAAAAAAAAAAA")), 404, "not_found");
    expect(unknown.message).toBe(translatorFor("en", "api.errors")("not_found"));
    const malformed = await expectError(await expectNoWrite(file, () => exportPlan("../etc", "zh-CN")), 404, "not_found");
    expect(malformed.message).toBe(translatorFor("zh-CN", "api.errors")("not_found"));
  });
});
