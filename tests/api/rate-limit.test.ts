import { describe, expect, it } from "vitest";
import { POST as createRoute } from "@/app/api/plans/route";
import { PATCH } from "@/app/api/plans/[id]/route";
import { MemoryRateLimiter, plansPerMinute } from "@/lib/http";
import { defaultProfile } from "@/lib/profile/defaults";
import { apiRequest, dbFileBytes, dbState, expectError, expectNoWrite, routeContext, useTempDatabase } from "./helpers";

process.env.RATE_LIMIT_PLANS_PER_MINUTE = "3";
process.env.TRUST_PROXY = "1";
const { file } = useTempDatabase("rate-limit");

const post = (ip: string, lang = "en") =>
  createRoute(apiRequest("POST", "/api/plans", { json: defaultProfile, lang, headers: { "x-forwarded-for": `${ip}, 10.0.0.1` } }));

describe("rate limit on plan writes", () => {
  it("429 rate_limited with Retry-After once a client exceeds the limit; nothing stored; others unaffected", async () => {
    const first = await post("203.0.113.7");
    expect(first.status).toBe(201);
    const { id, editToken } = (await first.json()) as { id: string; editToken: string };
    // PATCH counts against the same budget.
    const patched = await PATCH(
      apiRequest("PATCH", `/api/plans/${id}`, { token: editToken, json: { checklist: {} }, headers: { "x-forwarded-for": "203.0.113.7" } }),
      routeContext(id),
    );
    expect(patched.status).toBe(200);
    expect((await post("203.0.113.7")).status).toBe(201);

    const limited = await expectNoWrite(file, () => post("203.0.113.7"));
    const body = await expectError(limited, 429, "rate_limited");
    const retryAfter = Number(limited.headers.get("retry-after"));
    expect(Number.isInteger(retryAfter)).toBe(true);
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(20); // one of 3 tokens a minute refills in 20 s
    expect(body.message).toMatch(new RegExp(`in ${retryAfter} seconds?\\.$`));

    const zh = await expectError(await expectNoWrite(file, () => post("203.0.113.7", "zh-CN")), 429, "rate_limited");
    expect(zh.message).toMatch(/^短时间内保存次数过多，请在 \d+ 秒后重试。$/);

    const patchLimited = await expectNoWrite(file, () =>
      PATCH(
        apiRequest("PATCH", `/api/plans/${id}`, { token: editToken, json: { checklist: { "link-bills": true } }, headers: { "x-forwarded-for": "203.0.113.7" } }),
        routeContext(id),
      ),
    );
    await expectError(patchLimited, 429, "rate_limited");

    // Another client (first hop of X-Forwarded-For) has its own budget.
    expect((await post("198.51.100.2")).status).toBe(201);
  });

  it("never stores the client's address", async () => {
    expect(dbState(file).plans).toBe(3);
    const bytes = dbFileBytes(file).toString("latin1");
    expect(bytes).toContain(`"purpose":"personal"`); // the check does read the stored plans
    expect(bytes).not.toContain("203.0.113.7");
    expect(bytes).not.toContain("198.51.100.2");
  });
});

describe("MemoryRateLimiter", () => {
  it("allows `limit` at once, then refills evenly over a minute", async () => {
    let now = 0;
    const limiter = new MemoryRateLimiter(2, () => now);
    expect(await limiter.hit("a")).toEqual({ allowed: true });
    expect(await limiter.hit("a")).toEqual({ allowed: true });
    expect(await limiter.hit("a")).toEqual({ allowed: false, retryAfterSeconds: 30 });
    expect(await limiter.hit("b")).toEqual({ allowed: true });
    now = 29_000;
    expect(await limiter.hit("a")).toEqual({ allowed: false, retryAfterSeconds: 1 });
    now = 30_000;
    expect(await limiter.hit("a")).toEqual({ allowed: true });
  });

  it("a limit of 0 switches it off", async () => {
    const limiter = new MemoryRateLimiter(0);
    for (let i = 0; i < 100; i++) expect((await limiter.hit("a")).allowed).toBe(true);
  });

  it("reads RATE_LIMIT_PLANS_PER_MINUTE, falling back to 30 for nonsense", () => {
    expect(plansPerMinute(undefined)).toBe(30);
    expect(plansPerMinute("")).toBe(30);
    expect(plansPerMinute("5")).toBe(5);
    expect(plansPerMinute("0")).toBe(0);
    expect(plansPerMinute("-1")).toBe(30);
    expect(plansPerMinute("2.5")).toBe(30);
    expect(plansPerMinute("lots")).toBe(30);
  });
});
