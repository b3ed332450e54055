import { describe, expect, it } from "vitest";
import { cutAtNonce } from "@/lib/page-cache/nonce-pieces";
import { cachedOrRendered, cachedPage, forgetPlan, pageLru, planPageKey, type CachedPage } from "@/lib/page-cache/plan-page-store";

const page = (html: string): CachedPage => ({ body: cutAtNonce(html, "N"), nonce: "N", headers: [] });
const version = (id: string, updatedAt = "2026-11-01T00:00:00.000Z") => ({
  locale: "en",
  id,
  updatedAt: new Date(updatedAt),
  lastViewedAt: new Date("2026-11-20T00:00:00.000Z"),
  origin: "https://liftplan.example",
});

describe("the plan-page store", () => {
  it("keys on everything the page shows: a changed plan is a different key", () => {
    expect(planPageKey(version("p1"))).not.toBe(planPageKey(version("p1", "2026-11-02T00:00:00.000Z")));
    expect(planPageKey(version("p1"))).not.toBe(planPageKey({ ...version("p1"), locale: "zh-CN" }));
    expect(planPageKey(version("p1"))).not.toBe(planPageKey({ ...version("p1"), origin: "http://other" }));
    expect(planPageKey(version("p1"))).not.toBe(planPageKey({ ...version("p1"), lastViewedAt: new Date(0) }));
  });

  it("renders once for concurrent requests of one key, then serves the stored page", async () => {
    const key = planPageKey(version("once"));
    let renders = 0;
    const render = async () => {
      renders++;
      await new Promise((r) => setTimeout(r, 10));
      return page("<p>once</p>");
    };
    const results = await Promise.all([cachedOrRendered(key, render), cachedOrRendered(key, render), cachedOrRendered(key, render)]);
    expect(renders).toBe(1);
    expect(results.every((r) => r === results[0])).toBe(true);
    expect(cachedPage(key)).toBe(results[0]);
  });

  it("does not keep a render that must not be stored, and tries again next time", async () => {
    const key = planPageKey(version("nothing"));
    expect(await cachedOrRendered(key, async () => null)).toBeNull();
    expect(cachedPage(key)).toBeUndefined();
    expect(await cachedOrRendered(key, async () => page("<p>now</p>"))).not.toBeNull();
  });

  it("does not keep a failed render", async () => {
    const key = planPageKey(version("fails"));
    await expect(cachedOrRendered(key, async () => Promise.reject(new Error("down")))).rejects.toThrow("down");
    expect(await cachedOrRendered(key, async () => page("<p>back</p>"))).not.toBeNull();
  });

  it("forgets every page of a deleted plan and only that plan", async () => {
    const gone = planPageKey(version("gone"));
    const goneZh = planPageKey({ ...version("gone"), locale: "zh-CN" });
    const kept = planPageKey(version("kept"));
    for (const key of [gone, goneZh, kept]) await cachedOrRendered(key, async () => page("<p>x</p>"));
    forgetPlan("gone");
    expect(cachedPage(gone)).toBeUndefined();
    expect(cachedPage(goneZh)).toBeUndefined();
    expect(cachedPage(kept)).toBeDefined();
  });
});

describe("the store's bound (lru-cache by bytes)", () => {
  const sized = (bytes: number): CachedPage => page("x".repeat(bytes));

  it("evicts the least recently used until the pages fit the bound", () => {
    const cache = pageLru(10);
    const a = sized(4);
    cache.set("a", a);
    cache.set("b", sized(4));
    expect(cache.get("a")).toBe(a); // a is now the most recent
    cache.set("c", sized(4));
    expect(cache.get("b")).toBeUndefined();
    expect(cache.get("a")).toBe(a);
    expect(cache.get("c")).toBeDefined();
    expect(cache.calculatedSize).toBe(8);
  });

  it("never holds more than the bound, whatever the sequence", () => {
    const cache = pageLru(100);
    for (let i = 0; i < 500; i++) {
      cache.set(`k${i % 37}`, sized(1 + ((i * 7) % 60)));
      expect(cache.calculatedSize).toBeLessThanOrEqual(100);
    }
  });

  it("does not store a page larger than the bound, and replacing a key recounts it", () => {
    const cache = pageLru(5);
    cache.set("big", sized(6));
    expect(cache.get("big")).toBeUndefined();
    cache.set("k", sized(2));
    cache.set("k", sized(4));
    expect(cache.calculatedSize).toBe(4);
    expect(cache.size).toBe(1);
  });

  it("counts a page's bytes, not its characters", () => {
    const cache = pageLru(100);
    cache.set("zh", page("提额计划")); // 4 characters, 12 bytes in UTF-8
    expect(cache.calculatedSize).toBe(12);
  });
});
