import { describe, expect, it } from "vitest";
import { POST } from "@/app/api/score/route";
import { translatorFor } from "@/lib/i18n/translator";
import { defaultProfile } from "@/lib/profile/defaults";
import { evaluate } from "@/lib/scoring";
import { apiRequest, expectError, expectNoWrite, useTempDatabase } from "./helpers";

const { file } = useTempDatabase("score");
const score = (options: Parameters<typeof apiRequest>[2]) => expectNoWrite(file, () => POST(apiRequest("POST", "/api/score", options)));
const en = translatorFor("en", "api.errors");
const zh = translatorFor("zh-CN", "api.errors");

describe("POST /api/score", () => {
  it("200: returns the model's result for a valid profile", async () => {
    const response = await score({ json: defaultProfile });
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toEqual(evaluate(defaultProfile));
  });

  it("200: accepts application/json with a UTF-8 charset", async () => {
    const response = await score({ json: defaultProfile, contentType: "application/json; charset=UTF-8" });
    expect(response.status).toBe(200);
  });

  it("400 invalid_profile: one issue per problem, with its path and a message in English", async () => {
    const bad = { ...defaultProfile, repayment: { ...defaultProfile.repayment, onTimeMonths: -1 }, extra: 1 };
    const body = await expectError(await score({ json: bad }), 400, "invalid_profile");
    expect(body.issues).toEqual(
      expect.arrayContaining([
        { path: ["repayment", "onTimeMonths"], message: "Must be at least 0." },
        { path: [], message: "Unknown field: extra." },
      ]),
    );
    expect(body.message).toBe(en("invalid_profile", { count: body.issues!.length }));
    expect(body.message).toContain("2 problems");
  });

  it("400 invalid_profile: message and issues in Chinese for a Chinese Accept-Language", async () => {
    const bad = { ...defaultProfile, finances: { ...defaultProfile.finances, currentLimit: 1000, usedLimit: 5000 } };
    const body = await expectError(await score({ json: bad, lang: "zh-CN,zh;q=0.9,en;q=0.5" }), 400, "invalid_profile");
    expect(body.issues).toEqual([{ path: ["finances", "usedLimit"], message: "已用额度不能超过当前总额度。" }]);
    expect(body.message).toBe(zh("invalid_profile", { count: 1 }));
    expect(body.message).toContain("1 处问题");
  });

  it("400 invalid_profile: a body that is JSON but not an object", async () => {
    const body = await expectError(await score({ json: [1, 2] }), 400, "invalid_profile");
    expect(body.issues).toHaveLength(1);
  });

  it("400 invalid_json: malformed, empty and non-UTF-8 bodies, each with a clear message", async () => {
    const malformed = await expectError(await score({ body: '{"version": 1,' }), 400, "invalid_json");
    expect(malformed.message).toBe("The request body is not valid JSON.");
    expect(malformed.issues).toBeUndefined();
    const empty = await expectError(await score({ body: "", contentType: "application/json" }), 400, "invalid_json");
    expect(empty.message).toBe(en("invalid_json_empty"));
    const latin1 = await expectError(await score({ body: new Uint8Array([0x7b, 0xff, 0x7d]) }), 400, "invalid_json");
    expect(latin1.message).toBe(en("invalid_json_encoding"));
    const zhBody = await expectError(await score({ body: "{", lang: "zh-CN" }), 400, "invalid_json");
    expect(zhBody.message).toBe("请求体不是有效的 JSON。");
  });

  it("413 too_large: over 64 KB, counted on the bytes received", async () => {
    const padded = JSON.stringify({ ...defaultProfile, padding: "x".repeat(64 * 1024) });
    const plain = await expectError(await score({ body: padded }), 413, "too_large");
    expect(plain.message).toBe("The request body is larger than the 64 KB limit.");

    // A streamed body with no Content-Length: the limit must still hold.
    const chunk = new TextEncoder().encode(" ".repeat(16 * 1024));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ < 10) controller.enqueue(chunk);
        else controller.close();
      },
    });
    const streamed = await expectError(await score({ body: stream, lang: "zh-CN" }), 413, "too_large");
    expect(streamed.message).toBe("请求体超过了 64 KB 的上限。");
    expect(sent).toBeLessThan(10); // it stopped reading early

    // A Content-Length that already says too much is refused without reading.
    const declared = await score({ body: "{}", headers: { "content-length": String(65 * 1024) } });
    await expectError(declared, 413, "too_large");
  });

  it("a body of exactly 64 KB is still read", async () => {
    const base = JSON.stringify(defaultProfile);
    const exact = base + " ".repeat(64 * 1024 - Buffer.byteLength(base));
    expect(Buffer.byteLength(exact)).toBe(64 * 1024);
    expect((await score({ body: exact })).status).toBe(200);
  });

  it("415 unsupported_media_type: missing or non-JSON Content-Type, message in both languages", async () => {
    const missing = await expectError(await score({ body: JSON.stringify(defaultProfile), contentType: null }), 415, "unsupported_media_type");
    expect(missing.message).toBe("The request body must be JSON (Content-Type: application/json).");
    const text = await expectError(await score({ body: JSON.stringify(defaultProfile), contentType: "text/plain", lang: "zh" }), 415, "unsupported_media_type");
    expect(text.message).toBe("请求体必须是 JSON（Content-Type: application/json）。");
    await expectError(await score({ json: defaultProfile, contentType: "application/json; charset=latin1" }), 415, "unsupported_media_type");
    await expectError(await score({ json: defaultProfile, contentType: "application/jsonp" }), 415, "unsupported_media_type");
  });
});
