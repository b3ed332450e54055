import { describe, expect, it } from "vitest";
import { expectedAt, monthsBetween, ON_TRACK_POINTS, standAgainstPath, standingOf, standingsAlongPlan } from "@/lib/plan-path/standing";
import type { DimensionScore, PathPoint } from "@/lib/scoring/types";

const path: PathPoint[] = [
  { month: 0, score: 50, band: "B2", done: [] },
  { month: 1, score: 56, band: "B2", done: ["enable-autopay"] },
  { month: 3, score: 62, band: "B3", done: ["enable-autopay", "pause-applications"] },
  { month: 6, score: 62, band: "B3", done: ["enable-autopay", "pause-applications"] },
  { month: 12, score: 70, band: "B4", done: ["enable-autopay", "pause-applications", "grow-savings"] },
];
const START = "2026-01-10T08:00:00.000Z";
const dims = (repayment: number, borrowing: number): DimensionScore[] => [
  { id: "repayment", score: repayment, weight: 0.5 },
  { id: "borrowing", score: borrowing, weight: 0.5 },
];

describe("monthsBetween and expectedAt", () => {
  it("counts whole months elapsed, never negative", () => {
    expect(monthsBetween(START, START)).toBe(0);
    expect(monthsBetween(START, "2026-02-09T08:00:00.000Z")).toBe(0); // 30 days: not yet a month
    expect(monthsBetween(START, "2026-02-11T08:00:00.000Z")).toBe(1);
    expect(monthsBetween(START, "2026-07-12T08:00:00.000Z")).toBe(6);
    expect(monthsBetween(START, "2025-12-01T00:00:00.000Z")).toBe(0);
    expect(monthsBetween("not a date", START)).toBe(0);
  });

  it("the last path point at or before the months elapsed", () => {
    expect(expectedAt(path, 0)!.month).toBe(0);
    expect(expectedAt(path, 2)!.month).toBe(1);
    expect(expectedAt(path, 5)!.month).toBe(3);
    expect(expectedAt(path, 30)!.month).toBe(12);
    expect(expectedAt([], 3)).toBeNull();
  });
});

describe("standingOf", () => {
  it("band first, then score within the on-track margin", () => {
    expect(standingOf({ score: 62, band: "B3" }, { score: 55, band: "B4" })).toBe("ahead");
    expect(standingOf({ score: 62, band: "B3" }, { score: 70, band: "B2" })).toBe("behind");
    expect(standingOf({ score: 62, band: "B3" }, { score: 62 + ON_TRACK_POINTS, band: "B3" })).toBe("on-track");
    expect(standingOf({ score: 62, band: "B3" }, { score: 62 - ON_TRACK_POINTS, band: "B3" })).toBe("on-track");
    expect(standingOf({ score: 62, band: "B3" }, { score: 63 + ON_TRACK_POINTS, band: "B3" })).toBe("ahead");
    expect(standingOf({ score: 62, band: "B3" }, { score: 61 - ON_TRACK_POINTS, band: "B3" })).toBe("behind");
  });
});

describe("standAgainstPath", () => {
  const start = { at: START, path, dimensions: dims(60, 40) };

  it("behind at four months: a step due by month 3 is still offered, and the repayment area fell", () => {
    const s = standAgainstPath(start, {
      at: "2026-05-15T08:00:00.000Z",
      score: 55,
      band: "B2",
      offered: ["pause-applications", "grow-savings"],
      dimensions: dims(58, 40),
    })!;
    expect(s.standing).toBe("behind");
    expect(s.monthsIn).toBe(4);
    expect(s.expected.month).toBe(3);
    expect(s.behindSteps).toEqual(["pause-applications"]);
    expect(s.earlySteps).toEqual([]);
    expect(s.areas).toEqual([{ id: "repayment", from: 60, to: 58, delta: -2 }]);
  });

  it("ahead in the first month: a later step already done, band above the path's", () => {
    const s = standAgainstPath(start, {
      at: "2026-01-20T08:00:00.000Z",
      score: 64,
      band: "B3",
      offered: ["enable-autopay"],
      dimensions: dims(60, 55),
    })!;
    expect(s.standing).toBe("ahead");
    expect(s.expected.month).toBe(0);
    expect(s.behindSteps).toEqual([]);
    expect(s.earlySteps).toEqual(["pause-applications", "grow-savings"]);
    expect(s.areas).toEqual([{ id: "borrowing", from: 40, to: 55, delta: 15 }]);
  });

  it("on track when score and band match the path; areas unknown without both scorings' areas", () => {
    const s = standAgainstPath({ at: START, path }, { at: "2026-02-15T08:00:00.000Z", score: 57, band: "B2", offered: ["grow-savings"] })!;
    expect(s.standing).toBe("on-track");
    expect(s.areas).toBeNull();
  });

  it("no verdict without a year ahead (a plan first scored by model v1 or a path of today alone)", () => {
    expect(standAgainstPath({ at: START, path: [path[0]!] }, { at: START, score: 50, band: "B2", offered: [] })).toBeNull();
    expect(standAgainstPath({ at: START, path: [] }, { at: START, score: 50, band: "B2", offered: [] })).toBeNull();
  });
});

describe("standingsAlongPlan", () => {
  it("every later scoring against the first one's path; the first gets none", () => {
    const detail = (score: number, offered: string[]) => ({ dimensions: dims(score, 40), path, offered });
    const list = standingsAlongPlan([
      { at: START, score: 50, band: "B2", detail: detail(60, ["enable-autopay", "pause-applications", "grow-savings"]) },
      { at: "2026-02-20T08:00:00.000Z", score: 57, band: "B2", detail: { ...detail(60, ["pause-applications", "grow-savings"]), path: [] } },
      { at: "2026-05-20T08:00:00.000Z", score: 52, band: "B2", detail: detail(55, ["enable-autopay", "pause-applications", "grow-savings"]) },
      { at: "2026-06-20T08:00:00.000Z", score: 52, band: "B2" },
    ]);
    expect(list.map((s) => s?.standing ?? null)).toEqual([null, "on-track", "behind", null]);
    expect(list[2]!.behindSteps).toEqual(["enable-autopay", "pause-applications"]);
    expect(list[2]!.areas).toEqual([{ id: "repayment", from: 60, to: 55, delta: -5 }]);
  });

  it("no verdicts when the first scoring had no path (model v1)", () => {
    const v1 = { dimensions: dims(60, 40), path: null, offered: [] };
    expect(standingsAlongPlan([{ at: START, score: 50, band: "B2", detail: v1 }, { at: "2026-05-20T08:00:00.000Z", score: 70, band: "B4", detail: { ...v1, path } }])).toEqual([null, null]);
    expect(standingsAlongPlan([])).toEqual([]);
  });
});
