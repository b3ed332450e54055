// Where the progress chart draws things: one step per scoring along x (evenly spaced, so several
// check-ins on one day stay readable), readiness 0–100 up the y axis. Pure numbers, no React.

export interface ChartBox {
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export const CHART_BOX: ChartBox = { width: 360, height: 210, left: 40, right: 20, top: 22, bottom: 54 };

export interface ChartPoint {
  x: number;
  y: number;
  score: number;
  /** Whether this point gets its date and band printed under the axis (too many would overlap). */
  labelled: boolean;
}

export interface ChartGeometry {
  points: ChartPoint[];
  /** The line through the points, as an SVG path ("" for no points). */
  path: string;
  yTicks: { value: number; y: number }[];
  /** Bottom of the plot area (the x axis). */
  baseline: number;
}

/** At most this many points carry labels under the axis; the first and last always do. */
export const MAX_LABELS = 5;

const round = (n: number) => Math.round(n * 10) / 10;

export function chartGeometry(scores: readonly number[], box: ChartBox = CHART_BOX): ChartGeometry {
  const plotWidth = box.width - box.left - box.right;
  const plotHeight = box.height - box.top - box.bottom;
  const baseline = box.top + plotHeight;
  const y = (score: number) => round(box.top + ((100 - clamp(score)) / 100) * plotHeight);
  const n = scores.length;
  // Every k-th point is labelled so no more than MAX_LABELS labels share the axis.
  const every = Math.max(1, Math.ceil((n - 1) / (MAX_LABELS - 1)));
  const points = scores.map((score, i) => ({
    x: round(n === 1 ? box.left + plotWidth / 2 : box.left + (plotWidth * i) / (n - 1)),
    y: y(score),
    score,
    labelled: i === n - 1 || (i % every === 0 && n - 1 - i >= every / 2),
  }));
  const path = points.map((p, i) => `${i === 0 ? "M" : "L"}${p.x} ${p.y}`).join(" ");
  const yTicks = [0, 25, 50, 75, 100].map((value) => ({ value, y: y(value) }));
  return { points, path, yTicks, baseline };
}

function clamp(score: number): number {
  return Number.isFinite(score) ? Math.min(100, Math.max(0, score)) : 0;
}
