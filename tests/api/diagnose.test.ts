import { describe, expect, it } from "vitest";
import { POST } from "@/app/api/diagnose/route";
import { translatorFor } from "@/lib/i18n/translator";
import { defaultProfile } from "@/lib/profile/defaults";
import { upgradeProfile } from "@/lib/profile/upgrade";
import { diagnose } from "@/lib/scoring/diagnosis";
import { PERSONAS_V1, multiLender } from "../fixtures/profiles";
import { apiRequest, expectError, expectNoWrite, useTempDatabase } from "./helpers";

const { file } = useTempDatabase("diagnose");
const post = (options: Parameters<typeof apiRequest>[2]) => expectNoWrite(file, () => POST(apiRequest("POST", "/api/diagnose", options)));
const en = translatorFor("en", "api.errors");
const zh = translatorFor("zh-CN", "api.errors");
const body = (profile: unknown = multiLender, event = "limit-cut", monthsAgo = 1) => ({ profile, event, monthsAgo });

describe("POST /api/diagnose", () => {
  it("200: the ranked causes, steps and channels for a v2 profile, nothing stored", async () => {
    const response = await post({ json: body() });
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const answer = await response.json();
    expect(answer).toEqual(diagnose(multiLender, { event: "limit-cut", monthsAgo: 1 }));
    expect(Object.keys(answer).sort()).toEqual(["causes", "channels", "steps"]);
    expect(answer.causes.slice(0, 2).map((c: { id: string }) => c.id)).toEqual(expect.arrayContaining(["many-applications"]));
    expect(answer.steps).toContain("pause-applications");
  });

  it("200: a v1 profile is upgraded before it is diagnosed", async () => {
    const v1 = PERSONAS_V1.overdue;
    const response = await post({ json: body(v1, "line-closed", 24) });
    expect(response.status).toBe(200);
    const answer = await response.json();
    expect(answer).toEqual(diagnose(upgradeProfile(v1), { event: "line-closed", monthsAgo: 24 }));
    expect(answer.causes[0]).toEqual({ id: "overdue", strength: "strong", evidence: [["repayment", "currentlyOverdue"]] });
  });

  it("200: every event and the ends of the date range", async () => {
    for (const event of ["limit-cut", "line-closed", "draw-refused", "application-refused"]) {
      for (const monthsAgo of [0, 24]) expect((await post({ json: body(defaultProfile, event, monthsAgo) })).status).toBe(200);
    }
  });

  it("400 invalid_profile: issues with their paths inside the body, in English", async () => {
    const badProfile = { ...defaultProfile, repayment: { ...defaultProfile.repayment, onTimeMonths: -1 } };
    const answer = await expectError(await post({ json: { ...body(badProfile, "limit-dropped", 25), extra: true } }), 400, "invalid_profile");
    expect(answer.issues).toEqual(
      expect.arrayContaining([
        { path: ["profile", "repayment", "onTimeMonths"], message: "Must be at least 0." },
        { path: ["event"], message: "Choose one of: limit-cut, line-closed, draw-refused, application-refused." },
        { path: ["monthsAgo"], message: "Must be at most 24." },
        { path: [], message: "Unknown field: extra." },
      ]),
    );
    expect(answer.issues).toHaveLength(4);
    expect(answer.message).toBe(en("invalid_profile", { count: 4 }));
  });

  it("400 invalid_profile: in Chinese, for a missing field and a fraction of a month", async () => {
    const answer = await expectError(await post({ json: { profile: defaultProfile, monthsAgo: 1.5 }, lang: "zh-CN" }), 400, "invalid_profile");
    expect(answer.issues).toEqual(
      expect.arrayContaining([
        { path: ["event"], message: "请从以下选项中选择：limit-cut, line-closed, draw-refused, application-refused。" },
        { path: ["monthsAgo"], message: "请输入整数。" },
      ]),
    );
    expect(answer.message).toBe(zh("invalid_profile", { count: answer.issues!.length }));
  });

  it("400 invalid_profile: a v1 profile gets v1's paths; no profile at all is named", async () => {
    const v1 = { ...PERSONAS_V1.typical, borrowing: { ...PERSONAS_V1.typical.borrowing, largestDraw6m: null } };
    const wrong = await expectError(await post({ json: body(v1) }), 400, "invalid_profile");
    expect(wrong.issues).toEqual([{ path: ["profile", "borrowing"], message: "Unknown field: largestDraw6m." }]);
    const missing = await expectError(await post({ json: { event: "limit-cut", monthsAgo: 0 } }), 400, "invalid_profile");
    expect(missing.issues!.map((i) => i.path)).toEqual([["profile"]]);
  });

  it("400 invalid_json: a malformed body", async () => {
    const answer = await expectError(await post({ body: '{"profile":' }), 400, "invalid_json");
    expect(answer.message).toBe(en("invalid_json"));
  });

  it("413 too_large: over 64 KB", async () => {
    const padded = JSON.stringify({ ...body(), padding: "x".repeat(64 * 1024) });
    const answer = await expectError(await post({ body: padded, lang: "zh-CN" }), 413, "too_large");
    expect(answer.message).toBe("请求体超过了 64 KB 的上限。");
  });

  it("415 unsupported_media_type: not JSON", async () => {
    const answer = await expectError(await post({ body: JSON.stringify(body()), contentType: "text/plain" }), 415, "unsupported_media_type");
    expect(answer.message).toBe("The request body must be JSON (Content-Type: application/json).");
  });

  it("only POST: other methods are not routes", async () => {
    const route = await import("@/app/api/diagnose/route");
    expect(Object.keys(route).filter((k) => /^[A-Z]+$/.test(k))).toEqual(["POST"]);
  });
});
