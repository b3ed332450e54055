import { describe, expect, it } from "vitest";
import { chartGeometry, CHART_BOX, MAX_LABELS } from "@/components/charts/chart-geometry";

const { width, height, left, right, top, bottom } = CHART_BOX;
const baseline = height - bottom;

describe("chartGeometry", () => {
  it("spreads points evenly from the left to the right edge of the plot", () => {
    const { points } = chartGeometry([40, 55, 70]);
    expect(points.map((p) => p.x)).toEqual([left, left + (width - left - right) / 2, width - right]);
  });

  it("maps readiness 0 to the baseline and 100 to the top, higher scores drawn higher", () => {
    const { points, baseline: axis } = chartGeometry([0, 100, 50]);
    expect(axis).toBe(baseline);
    expect(points[0]!.y).toBe(baseline);
    expect(points[1]!.y).toBe(top);
    expect(points[2]!.y).toBeCloseTo((top + baseline) / 2, 0);
  });

  it("clamps scores outside 0–100 and centres a single point", () => {
    const { points } = chartGeometry([150]);
    expect(points[0]!.y).toBe(top);
    expect(points[0]!.x).toBe(left + (width - left - right) / 2);
    expect(chartGeometry([-5]).points[0]!.y).toBe(baseline);
  });

  it("draws the line through every point in order", () => {
    const { path, points } = chartGeometry([10, 20, 30]);
    expect(path).toBe(`M${points[0]!.x} ${points[0]!.y} L${points[1]!.x} ${points[1]!.y} L${points[2]!.x} ${points[2]!.y}`);
    expect(chartGeometry([]).path).toBe("");
  });

  it("labels every point when few, at most MAX_LABELS when many, always first and last", () => {
    expect(chartGeometry([1, 2, 3]).points.every((p) => p.labelled)).toBe(true);
    for (const n of [6, 10, 25, 60]) {
      const pts = chartGeometry(Array.from({ length: n }, (_, i) => i)).points;
      const labelled = pts.filter((p) => p.labelled).length;
      expect(labelled, `n=${n}`).toBeLessThanOrEqual(MAX_LABELS);
      expect(pts[0]!.labelled && pts.at(-1)!.labelled, `n=${n}`).toBe(true);
    }
  });

  it("puts the y ticks at 0, 25, 50, 75, 100", () => {
    expect(chartGeometry([50]).yTicks.map((t) => t.value)).toEqual([0, 25, 50, 75, 100]);
  });
});
