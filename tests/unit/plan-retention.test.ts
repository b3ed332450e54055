import { describe, expect, it } from "vitest";
import { DEFAULT_RETENTION_DAYS, retentionCutoff, retentionDate, retentionDays } from "@/lib/plans/retention";

describe("retentionDays (PLAN_RETENTION_DAYS)", () => {
  it("defaults to 180 when unset or unreadable, takes whole days, 0 keeps plans for ever", () => {
    expect(DEFAULT_RETENTION_DAYS).toBe(180);
    expect(retentionDays(undefined)).toBe(180);
    expect(retentionDays("")).toBe(180);
    expect(retentionDays("30")).toBe(30);
    expect(retentionDays("0")).toBe(0);
    for (const bad of ["-1", "1.5", "abc", "1e9"]) expect(retentionDays(bad)).toBe(180);
  });
});

describe("retentionDate and retentionCutoff", () => {
  const lastViewed = new Date("2026-01-10T08:00:00.000Z");

  it("removal is `days` after the last opening; the cutoff is `days` before now", () => {
    expect(retentionDate(lastViewed, 180)?.toISOString()).toBe("2026-07-09T08:00:00.000Z");
    expect(retentionDate(lastViewed.toISOString(), 30)?.toISOString()).toBe("2026-02-09T08:00:00.000Z");
    expect(retentionCutoff(new Date("2026-07-09T08:00:00.000Z"), 180).toISOString()).toBe(lastViewed.toISOString());
  });

  it("no date when plans are kept for ever", () => {
    expect(retentionDate(lastViewed, 0)).toBeNull();
  });
});
