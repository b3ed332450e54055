import { describe, expect, it } from "vitest";
import { POST as createRoute } from "@/app/api/plans/route";
import { PATCH } from "@/app/api/plans/[id]/route";
import { createHash, createHmac } from "node:crypto";
import fc from "fast-check";
import { connectDatabase, getDb } from "@/lib/db";
import { MemoryRateLimiter, plansPerMinute, SharedRateLimiter } from "@/lib/rate-limit";
import { databaseBucketStore } from "@/lib/plans/rate-limit-store";
import { defaultProfile } from "@/lib/profile/defaults";
import { apiRequest, dbState, ON_POSTGRES, rawSql, storedText, expectError, expectNoWrite, routeContext, useTempDatabase } from "./helpers";

process.env.RATE_LIMIT_PLANS_PER_MINUTE = "3";
process.env.TRUST_PROXY = "1";
const { file } = useTempDatabase("rate-limit");

// Behind the trusted proxy, the client is the address it appended last; what comes before it is the
// client's own say, and is ignored.
const post = (ip: string, lang = "en") =>
  createRoute(apiRequest("POST", "/api/plans", { json: defaultProfile, lang, headers: { "x-forwarded-for": `10.9.9.9, ${ip}` } }));

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

    // Another client (the address the proxy appended to X-Forwarded-For) has its own budget.
    expect((await post("198.51.100.2")).status).toBe(201);
  });

  it("never stores the client's address", async () => {
    expect((await dbState(file)).plans).toBe(3);
    const bytes = await storedText(file);
    expect(bytes).toContain(`"purpose":"personal"`); // the check does read the stored plans
    expect(bytes).not.toContain("203.0.113.7");
    expect(bytes).not.toContain("198.51.100.2");
    // Nor its plain hash (an IPv4 hash is easy to reverse): only an HMAC under the deployment's salt.
    expect(bytes).not.toContain(createHash("sha256").update("203.0.113.7").digest("base64url").slice(0, 22));
    expect((await rawSql(file, 'SELECT "key" FROM "RateLimit"')).length).toBe(2);
  });
});

describe("SharedRateLimiter: several app instances on one database", () => {
  it("two instances, each with its own connection, draw from one bucket per client; 429 timing as in memory", async () => {
    const second = await connectDatabase(); // another instance's connection to the same database
    try {
      let now = Date.now();
      const clock = () => now;
      const a = new SharedRateLimiter(3, { store: databaseBucketStore(getDb), now: clock });
      const b = new SharedRateLimiter(3, { store: databaseBucketStore(async () => second), now: clock });
      expect(await a.hit("client-1")).toEqual({ allowed: true });
      expect(await b.hit("client-1")).toEqual({ allowed: true });
      expect(await a.hit("client-1")).toEqual({ allowed: true });
      expect(await b.hit("client-1")).toEqual({ allowed: false, retryAfterSeconds: 20 });
      expect(await a.hit("client-1")).toEqual({ allowed: false, retryAfterSeconds: 20 });
      expect(await b.hit("client-2")).toEqual({ allowed: true }); // others unaffected
      now += 19_000;
      expect(await a.hit("client-1")).toEqual({ allowed: false, retryAfterSeconds: 1 });
      now += 1_000;
      expect(await b.hit("client-1")).toEqual({ allowed: true });
      expect(await a.hit("client-1")).toEqual({ allowed: false, retryAfterSeconds: 20 });
      // A clock running behind on one instance gives no one extra tokens.
      now -= 30_000;
      expect((await b.hit("client-1")).allowed).toBe(false);
      now += 30_000;

      // Both instances hash keys the same way, under the salt stored once for the deployment.
      const salt = (await rawSql(file, `SELECT "value" FROM "Setting" WHERE "name" = 'rate_limit_salt'`))[0]!.value as string;
      expect(salt.length).toBeGreaterThanOrEqual(40);
      const expected = createHmac("sha256", salt).update("client-1").digest("base64url");
      expect(await a.hashed("client-1")).toBe(expected);
      expect(await b.hashed("client-1")).toBe(expected);
      const keys = (await rawSql(file, 'SELECT "key" FROM "RateLimit"')).map((r) => r.key);
      expect(keys).toContain(expected);
      expect(keys).not.toContain("client-1");
      // RATE_LIMIT_SECRET, when set, is the key instead.
      const withSecret = new SharedRateLimiter(3, { store: databaseBucketStore(getDb), secret: "s3cret", now: clock });
      expect(await withSecret.hashed("client-1")).toBe(createHmac("sha256", "s3cret").update("client-1").digest("base64url"));

      // Rows expire: a bucket untouched for a whole window is deleted.
      const store = databaseBucketStore(getDb);
      expect(await store.forgetBefore(now + 1)).toBeGreaterThanOrEqual(2);
      expect(await rawSql(file, 'SELECT "key" FROM "RateLimit" WHERE "key" = ?', [expected])).toEqual([]);
    } finally {
      await second.$disconnect();
    }
  });

  it("any client key (empty, unicode, 10k characters, SQL) is stored only as a 43-character HMAC", async () => {
    const limiter = new SharedRateLimiter(1000, { store: databaseBucketStore(getDb) });
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string({ unit: "binary", maxLength: 50 }), fc.constantFrom("", "' OR 1=1 --", "x".repeat(10_000))), async (key) => {
        expect((await limiter.hit(key)).allowed).toBe(true);
      }),
      { numRuns: 150 },
    );
    const keys = (await rawSql(file, 'SELECT "key" FROM "RateLimit"')).map((r) => r.key as string);
    expect(keys.length).toBeGreaterThan(20); // many distinct keys (the generator repeats some)
    expect(keys.every((k) => /^[A-Za-z0-9_-]{43}$/.test(k))).toBe(true);
  });

  // On PostgreSQL the two instances have their own connection pools and really race. On SQLite two
  // connections in one process cannot (each write blocks the event loop while it waits for the lock), so
  // there both limiters share the process's connection: concurrent requests of one instance.
  it("concurrent hits never let more than the limit through", async () => {
    const second = ON_POSTGRES ? await connectDatabase() : await getDb();
    try {
      const now = Date.now();
      const a = new SharedRateLimiter(5, { store: databaseBucketStore(getDb), now: () => now });
      const b = new SharedRateLimiter(5, { store: databaseBucketStore(async () => second), now: () => now });
      const decisions = await Promise.all(Array.from({ length: 24 }, (_, i) => (i % 2 ? a : b).hit("burst")));
      expect(decisions.filter((d) => d.allowed)).toHaveLength(5);
    } finally {
      if (ON_POSTGRES) await second.$disconnect();
    }
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
