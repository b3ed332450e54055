import { describe, expect, it } from "vitest";
import { hasYearAhead, milestones, MONTH_DAYS, stepDueMonths } from "@/lib/plan-path/schedule";
import type { PathPoint } from "@/lib/scoring/types";

const path: PathPoint[] = [
  { month: 0, score: 52, band: "B2", done: [] },
  { month: 1, score: 58, band: "B2", done: ["enable-autopay", "link-bills"] },
  { month: 3, score: 63, band: "B3", done: ["enable-autopay", "link-bills", "pause-applications"] },
  { month: 6, score: 63, band: "B3", done: ["enable-autopay", "link-bills", "pause-applications"] },
  { month: 12, score: 71, band: "B4", done: ["enable-autopay", "link-bills", "pause-applications", "grow-savings"] },
];

describe("stepDueMonths", () => {
  it("gives each step the first month the path counts it done", () => {
    expect(Object.fromEntries(stepDueMonths(path))).toEqual({
      "enable-autopay": 1,
      "link-bills": 1,
      "pause-applications": 3,
      "grow-savings": 12,
    });
  });

  it("reads the months in time order whatever the input order, and never gives month 0", () => {
    const shuffled = [path[4]!, path[0]!, { ...path[2]!, done: ["x"] }, path[1]!];
    expect(Object.fromEntries(stepDueMonths(shuffled))).toEqual({ "enable-autopay": 1, "link-bills": 1, x: 3, "pause-applications": 12, "grow-savings": 12 });
    expect(stepDueMonths([{ month: 0, score: 10, band: "B1", done: ["odd"] }]).size).toBe(0);
  });
});

describe("milestones", () => {
  it("one per month after today, with its day, score, band and the steps newly done", () => {
    expect(milestones(path)).toEqual([
      { month: 1, day: 30, score: 58, band: "B2", newlyDone: ["enable-autopay", "link-bills"], done: path[1]!.done },
      { month: 3, day: 91, score: 63, band: "B3", newlyDone: ["pause-applications"], done: path[2]!.done },
      { month: 6, day: 182, score: 63, band: "B3", newlyDone: [], done: path[3]!.done },
      { month: 12, day: 365, score: 71, band: "B4", newlyDone: ["grow-savings"], done: path[4]!.done },
    ]);
    expect(MONTH_DAYS[3]).toBe(91);
  });

  it("a path of today alone has no milestones and no year ahead", () => {
    const today: PathPoint[] = [{ month: 0, score: 40, band: "B1", done: [] }];
    expect(milestones(today)).toEqual([]);
    expect(hasYearAhead(today)).toBe(false);
    expect(hasYearAhead(undefined)).toBe(false);
    expect(hasYearAhead(path)).toBe(true);
  });
});
