import { describe, expect, it } from "vitest";
import { planPageCacheBytes } from "@/lib/page-cache/settings";

describe("PLAN_PAGE_CACHE_MB", () => {
  it("defaults to 32 MB, reads megabytes, and 0 turns the cache off", () => {
    expect(planPageCacheBytes(undefined)).toBe(32 * 1024 * 1024);
    expect(planPageCacheBytes(" ")).toBe(32 * 1024 * 1024);
    expect(planPageCacheBytes("8")).toBe(8 * 1024 * 1024);
    expect(planPageCacheBytes("0")).toBe(0);
  });

  it("keeps the default for anything unreadable rather than switching the cache off or unbounding it", () => {
    for (const value of ["-1", "lots", "1e9", "NaN"]) expect(planPageCacheBytes(value)).toBe(32 * 1024 * 1024);
  });
});
