import { describe, expect, it } from "vitest";
import { doneCount, nextStep, planOrder } from "@/lib/scoring/next-step";
import type { Recommendation } from "@/lib/scoring/types";

const rec = (id: string, horizon: Recommendation["horizon"]): Recommendation => ({ id, horizon, effort: "low", impact: 2 });
const ranked = [rec("b", "3m"), rec("a", "now"), rec("c", "long"), rec("d", "now")];

describe("next step", () => {
  it("lists steps in the order the plan shows them: now, then 3 months, then long term, ranked inside", () => {
    expect(planOrder(ranked)).toEqual(["a", "d", "b", "c"]);
  });

  it("is the first step not ticked", () => {
    const order = planOrder(ranked);
    expect(nextStep(order, {})).toBe("a");
    expect(nextStep(order, { a: true })).toBe("d");
    expect(nextStep(order, { a: true, d: true, b: false })).toBe("b");
    expect(nextStep(order, { d: true })).toBe("a");
  });

  it("is null when everything is ticked or there is nothing to do", () => {
    expect(nextStep(["a", "b"], { a: true, b: true })).toBeNull();
    expect(nextStep([], {})).toBeNull();
  });

  it("counts only ticks of steps still in the plan", () => {
    expect(doneCount(["a", "b", "c"], { a: true, b: false, gone: true })).toBe(1);
  });
});
