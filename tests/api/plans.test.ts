import { createHash } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { POST as createRoute } from "@/app/api/plans/route";
import { DELETE, GET, PATCH } from "@/app/api/plans/[id]/route";
import { translatorFor } from "@/lib/i18n/translator";
import type { PlanView } from "@/lib/plans";
import { defaultBusiness, defaultProfile } from "@/lib/profile/defaults";
import type { Profile } from "@/lib/profile/schema";
import { evaluate, MODEL_VERSION } from "@/lib/scoring";
import { apiRequest, dbState, expectError, expectNoWrite, ORIGIN, rawSql, routeContext, useTempDatabase, type RequestOptions } from "./helpers";

process.env.RATE_LIMIT_PLANS_PER_MINUTE = "0"; // the limit has its own test file
const { file } = useTempDatabase("plans");
const en = translatorFor("en", "api.errors");
const zh = translatorFor("zh-CN", "api.errors");

const businessProfile: Profile = { ...defaultProfile, purpose: "business", business: { ...defaultBusiness, registered: true } };
const UNKNOWN_ID = "AAAAAAAAAAAAAAAAAAAAAAAA"; // well-formed, never issued

async function create(profile: unknown = defaultProfile, options: RequestOptions = {}) {
  const response = await createRoute(apiRequest("POST", "/api/plans", { json: profile, ...options }));
  expect(response.status).toBe(201);
  return { response, body: (await response.json()) as { id: string; url: string; editToken: string } };
}
const get = (id: string, options: RequestOptions = {}) => GET(apiRequest("GET", `/api/plans/${id}`, options), routeContext(id));
const patch = (id: string, options: RequestOptions) => PATCH(apiRequest("PATCH", `/api/plans/${id}`, options), routeContext(id));
const remove = (id: string, options: RequestOptions = {}) => DELETE(apiRequest("DELETE", `/api/plans/${id}`, options), routeContext(id));

afterEach(() => {
  delete process.env.PUBLIC_ORIGIN;
});

describe("POST /api/plans", () => {
  it("201: id, share url and edit token, with a Location header; stores the plan and its first snapshot", async () => {
    const before = await dbState(file);
    const { response, body } = await create();
    expect(Object.keys(body).sort()).toEqual(["editToken", "id", "url"]);
    expect(body.id).toMatch(/^[A-Za-z0-9_-]{24}$/); // 18 random bytes
    expect(body.editToken).toMatch(/^[A-Za-z0-9_-]{43}$/); // 32 random bytes
    expect(body.url).toBe(`${ORIGIN}/p/${body.id}`);
    expect(response.headers.get("location")).toBe(`${ORIGIN}/api/plans/${body.id}`);
    expect(response.headers.get("cache-control")).toBe("no-store");

    const after = await dbState(file);
    expect(after.plans).toBe(before.plans + 1);
    expect(after.snapshots).toBe(before.snapshots + 1);
    const row = (await rawSql(file, 'SELECT * FROM "Plan" WHERE id = ?', [body.id]))[0] as Record<string, string>;
    expect(row.editTokenHash).toBe(createHash("sha256").update(body.editToken).digest("hex"));
    expect(JSON.parse(row.profile!)).toEqual(defaultProfile);
    expect(JSON.parse(row.result!)).toEqual(evaluate(defaultProfile));
    expect(row.modelVersion).toBe(MODEL_VERSION);
    expect(JSON.parse(row.checklist!)).toEqual({});
  });

  it("builds the url on PUBLIC_ORIGIN when it is set", async () => {
    process.env.PUBLIC_ORIGIN = "https://liftplan.example/";
    const { response, body } = await create();
    expect(body.url).toBe(`https://liftplan.example/p/${body.id}`);
    expect(response.headers.get("location")).toBe(`https://liftplan.example/api/plans/${body.id}`);
  });

  it("every call gets a new id and token", async () => {
    const a = (await create()).body;
    const b = (await create()).body;
    expect(a.id).not.toBe(b.id);
    expect(a.editToken).not.toBe(b.editToken);
  });

  it("400 invalid_profile / 413 / 415 store nothing", async () => {
    const post = (options: RequestOptions) => expectNoWrite(file, () => createRoute(apiRequest("POST", "/api/plans", options)));
    const invalid = await expectError(await post({ json: { ...defaultProfile, purpose: "business" } }), 400, "invalid_profile");
    expect(invalid.issues).toEqual([{ path: ["business"], message: "Business details are required when the line is used for business." }]);
    const zhInvalid = await expectError(await post({ json: { version: 2 }, lang: "zh-CN" }), 400, "invalid_profile");
    expect(zhInvalid.message).toBe(zh("invalid_profile", { count: zhInvalid.issues!.length }));
    expect(zhInvalid.issues!.length).toBeGreaterThan(1);
    await expectError(await post({ body: "{nope" }), 400, "invalid_json");
    await expectError(await post({ body: JSON.stringify({ ...defaultProfile, pad: "x".repeat(70_000) }) }), 413, "too_large");
    await expectError(await post({ body: JSON.stringify(defaultProfile), contentType: "text/plain" }), 415, "unsupported_media_type");
  });
});

describe("GET /api/plans/{id}", () => {
  it("200: the contract shape, snapshots oldest first (the owner, with the token)", async () => {
    const { body: created } = await create(businessProfile);
    const response = await get(created.id, { token: created.editToken });
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const plan = (await response.json()) as PlanView;
    expect(Object.keys(plan).sort()).toEqual(["checklist", "createdAt", "id", "profile", "result", "shareDetails", "snapshots", "updatedAt"]);
    const result = evaluate(businessProfile);
    expect(plan).toEqual({
      id: created.id,
      createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
      updatedAt: plan.createdAt,
      profile: businessProfile,
      result,
      snapshots: [{ at: plan.createdAt, score: result.score, band: result.band.id }],
      checklist: {},
      shareDetails: false,
    });
    expect(JSON.stringify(plan)).not.toContain(created.editToken);
  });

  it("notes a view at most once a day (lastViewedAt), without touching updatedAt", async () => {
    const { body: created } = await create();
    const twoDaysAgo = new Date(Date.now() - 2 * 86_400_000).toISOString().replace("Z", "+00:00");
    await rawSql(file, 'UPDATE "Plan" SET "lastViewedAt" = ?, "updatedAt" = ? WHERE id = ?', [twoDaysAgo, twoDaysAgo, created.id]);
    // As epoch ms: SQLite hands back the stored text, PostgreSQL a Date.
    const viewedAt = async () =>
      new Date((await rawSql(file, 'SELECT "lastViewedAt" AS v FROM "Plan" WHERE id = ?', [created.id]))[0]!.v as string).getTime();

    const plan = (await (await get(created.id)).json()) as PlanView;
    expect(plan.updatedAt).toBe(new Date(twoDaysAgo).toISOString());
    const touched = await viewedAt();
    expect(touched).toBeGreaterThan(Date.now() - 60_000);
    await get(created.id); // again the same day: no write
    expect(await viewedAt()).toBe(touched);
  });

  it("404 not_found: unknown and malformed ids, in both languages, and nothing is written", async () => {
    const unknown = await expectError(await expectNoWrite(file, () => get(UNKNOWN_ID)), 404, "not_found");
    expect(unknown.message).toBe(en("not_found"));
    const malformed = await expectError(await expectNoWrite(file, () => get("../../etc", { lang: "zh-CN" })), 404, "not_found");
    expect(malformed.message).toBe("这个地址下没有计划。它可能已被删除，或者链接不完整。");
  });
});

describe("PATCH /api/plans/{id}", () => {
  it("200: a new profile is scored again and adds a snapshot", async () => {
    const { body: created } = await create();
    const improved: Profile = { ...defaultProfile, repayment: { ...defaultProfile.repayment, autopay: true } };
    const response = await patch(created.id, { token: created.editToken, json: { profile: improved } });
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const plan = (await response.json()) as PlanView;
    expect(plan.profile).toEqual(improved);
    expect(plan.result).toEqual(evaluate(improved));
    expect(plan.snapshots.map((s) => s.score)).toEqual([evaluate(defaultProfile).score, evaluate(improved).score]);
    expect(plan.snapshots[1]!.band).toBe(evaluate(improved).band.id);
    expect(plan.snapshots[1]!.at >= plan.snapshots[0]!.at).toBe(true);
    expect(plan.updatedAt >= plan.createdAt).toBe(true);
    expect(await (await get(created.id, { token: created.editToken })).json()).toEqual(plan); // stored, not just echoed
  });

  it("200: checklist ticks are saved and merged with earlier ones", async () => {
    const { body: created } = await create();
    const first = await patch(created.id, { token: created.editToken, json: { checklist: { "enable-autopay": true, "link-bills": true } } });
    expect(first.status).toBe(200);
    const second = await patch(created.id, { token: created.editToken, json: { checklist: { "link-bills": false, "grow-savings": true } } });
    const plan = (await second.json()) as PlanView;
    expect(plan.checklist).toEqual({ "enable-autopay": true, "link-bills": false, "grow-savings": true });
    expect(plan.snapshots).toHaveLength(1); // ticks alone do not re-score
    expect(((await (await get(created.id)).json()) as PlanView).checklist).toEqual(plan.checklist);
  });

  it("200: profile and checklist together in one change", async () => {
    const { body: created } = await create();
    const response = await patch(created.id, {
      token: created.editToken,
      json: { profile: businessProfile, checklist: { "business-records": true } },
    });
    const plan = (await response.json()) as PlanView;
    expect(plan.profile).toEqual(businessProfile);
    expect(plan.checklist).toEqual({ "business-records": true });
    expect(plan.snapshots).toHaveLength(2);
  });

  it("200: an empty change is a no-op (nothing written, updatedAt kept)", async () => {
    const { body: created } = await create();
    const response = await expectNoWrite(file, () => patch(created.id, { token: created.editToken, json: {} }));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual(await (await get(created.id, { token: created.editToken })).json());
  });

  it("400 invalid_request: bad profile, unknown checklist ids, non-boolean ticks, unknown fields; nothing changes", async () => {
    const { body: created } = await create();
    const send = (json: unknown, lang = "en") => expectNoWrite(file, () => patch(created.id, { token: created.editToken, json, lang }));

    const badProfile = await expectError(await send({ profile: { ...defaultProfile, version: 3 } }), 400, "invalid_request");
    // A version neither 1 nor 2 is named as such, with the versions the API takes.
    expect(badProfile.issues).toEqual([{ path: ["profile", "version"], message: translatorFor("en", "validation")("invalidOption", { options: "1, 2" }) }]);
    expect(badProfile.message).toBe(en("invalid_request", { count: 1 }));

    const unknownId = await expectError(await send({ checklist: { "win-the-lottery": true } }), 400, "invalid_request");
    expect(unknownId.issues).toEqual([{ path: ["checklist"], message: "Unknown field: win-the-lottery." }]);

    const notBoolean = await expectError(await send({ checklist: { "enable-autopay": "yes" } }, "zh-CN"), 400, "invalid_request");
    expect(notBoolean.issues).toEqual([{ path: ["checklist", "enable-autopay"], message: "请选择“是”或“否”。" }]);
    expect(notBoolean.message).toBe(zh("invalid_request", { count: 1 }));

    const extra = await expectError(await send({ name: "me" }), 400, "invalid_request");
    expect(extra.issues).toEqual([{ path: [], message: "Unknown field: name." }]);

    await expectError(await send("not an object"), 400, "invalid_request");
    await expectError(
      await expectNoWrite(file, () => patch(created.id, { token: created.editToken, body: "{" })),
      400,
      "invalid_json",
    );
    await expectError(
      await expectNoWrite(file, () => patch(created.id, { token: created.editToken, body: "{}", contentType: "text/plain" })),
      415,
      "unsupported_media_type",
    );
  });

  it("401 unauthorized: missing, malformed or wrong token; nothing changes", async () => {
    const { body: created } = await create();
    const change = { json: { checklist: { "enable-autopay": true } } };
    const attempts: RequestOptions[] = [
      {},
      { authorization: created.editToken }, // no scheme
      { authorization: `Basic ${created.editToken}` },
      { token: "short" },
      { token: (await create()).body.editToken }, // another plan's token
      { token: created.editToken.slice(0, -1) + (created.editToken.endsWith("A") ? "B" : "A") },
    ];
    for (const attempt of attempts) {
      const response = await expectNoWrite(file, () => patch(created.id, { ...change, ...attempt }));
      const body = await expectError(response, 401, "unauthorized");
      expect(body.message).toBe(en("unauthorized"));
      expect(response.headers.get("www-authenticate")).toMatch(/^Bearer/);
    }
    const zhBody = await expectError(await patch(created.id, { ...change, lang: "zh-CN" }), 401, "unauthorized");
    expect(zhBody.message).toBe(zh("unauthorized"));
    // An invalid body does not reveal anything before the token is checked.
    await expectError(await expectNoWrite(file, () => patch(created.id, { body: "{" })), 401, "unauthorized");
  });

  it("404 not_found: unknown id, with or without a token; nothing changes", async () => {
    const { body: created } = await create();
    const change = { json: { checklist: { "enable-autopay": true } } };
    await expectError(await expectNoWrite(file, () => patch(UNKNOWN_ID, { ...change, token: created.editToken })), 404, "not_found");
    await expectError(await expectNoWrite(file, () => patch(UNKNOWN_ID, change)), 404, "not_found");
    await expectError(await expectNoWrite(file, () => patch("not-an-id", { ...change, token: created.editToken })), 404, "not_found");
  });
});

describe("DELETE /api/plans/{id}", () => {
  it("204, then the plan and its snapshots are gone (GET 404, DELETE 404)", async () => {
    const { body: created } = await create();
    await patch(created.id, { token: created.editToken, json: { profile: businessProfile } });
    const before = await dbState(file);

    const response = await remove(created.id, { token: created.editToken });
    expect(response.status).toBe(204);
    expect(await response.text()).toBe("");
    expect(response.headers.get("cache-control")).toBe("no-store");

    const after = await dbState(file);
    expect(after.plans).toBe(before.plans - 1);
    expect(after.snapshots).toBe(before.snapshots - 2);
    expect(await rawSql(file, 'SELECT id FROM "Snapshot" WHERE "planId" = ?', [created.id])).toEqual([]);

    await expectError(await get(created.id), 404, "not_found");
    await expectError(await expectNoWrite(file, () => remove(created.id, { token: created.editToken })), 404, "not_found");
  });

  it("401 unauthorized: missing or wrong token; the plan stays", async () => {
    const { body: created } = await create();
    const other = (await create()).body;
    for (const attempt of [{}, { token: other.editToken }, { authorization: "Bearer" }] as RequestOptions[]) {
      const response = await expectNoWrite(file, () => remove(created.id, attempt));
      await expectError(response, 401, "unauthorized");
    }
    expect((await get(created.id)).status).toBe(200);
  });

  it("404 not_found: unknown id, message in Chinese on request", async () => {
    const { body: created } = await create();
    const body = await expectError(
      await expectNoWrite(file, () => remove(UNKNOWN_ID, { token: created.editToken, lang: "zh-CN" })),
      404,
      "not_found",
    );
    expect(body.message).toBe(zh("not_found"));
  });
});

describe("share url origin", () => {
  afterEach(() => {
    delete process.env.TRUST_PROXY;
  });

  it("never follows a request's Host, X-Forwarded-* or Forwarded, behind a trusted proxy or not", async () => {
    const headers = {
      host: "plans.example:8443",
      "x-forwarded-host": "public.example",
      "x-forwarded-proto": "https",
      forwarded: "host=forwarded.example;proto=https",
    };
    for (const trust of [undefined, "1"]) {
      if (trust) process.env.TRUST_PROXY = trust;
      const { response, body } = await create(defaultProfile, { headers });
      expect(body.url).toBe(`${ORIGIN}/p/${body.id}`);
      expect(response.headers.get("location")).toBe(`${ORIGIN}/api/plans/${body.id}`);
    }
    process.env.PUBLIC_ORIGIN = "https://liftplan.example";
    expect((await create(defaultProfile, { headers })).body.url).toMatch(/^https:\/\/liftplan\.example\/p\//);
  });
});
