import { describe, expect, it } from "vitest";
import { cutAtNonce } from "./nonce-pieces";
import { cachedOrRendered, cachedPage, forgetPlan, planPageKey, type CachedPage } from "./plan-page-store";

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
