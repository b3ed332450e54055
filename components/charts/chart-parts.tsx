// Pieces the plan's two line charts (progress, the year ahead) draw alike: the score grid, a point with
// its score over it, and where an axis label sits so the outermost ones stay inside the plot.
import type { ReactNode } from "react";
import { CHART_BOX, type ChartGeometry } from "./chart-geometry";

export function ScoreGrid({ ticks }: { ticks: ChartGeometry["yTicks"] }) {
  const { width, left, right } = CHART_BOX;
  return ticks.map((tick) => (
    <g key={tick.value}>
      <line x1={left} x2={width - right} y1={tick.y} y2={tick.y} className="stroke-line" strokeWidth={1} />
      <text x={left - 6} y={tick.y + 3.5} textAnchor="end" fontSize={10} className="fill-muted">
        {tick.value}
      </text>
    </g>
  ));
}

/** The i-th of `count` labels under point x: the first and last line up with the plot's edges. */
export function labelAnchor(i: number, count: number, x: number): { anchor: "start" | "middle" | "end"; x: number } {
  const anchor = count > 1 && i === 0 ? "start" : count > 1 && i === count - 1 ? "end" : "middle";
  return { anchor, x: anchor === "start" ? x - 6 : anchor === "end" ? x + 6 : x };
}

/** A point of the line with its score written over it; `children` go under the axis. */
export function ScorePoint({ x, y, score, children }: { x: number; y: number; score: number; children?: ReactNode }) {
  return (
    <>
      <circle cx={x} cy={y} r={4.5} strokeWidth={2} className="fill-white stroke-brand-700" />
      <text x={x} y={y - 9} textAnchor="middle" fontSize={11} fontWeight={600} className="fill-ink">
        {score}
      </text>
      {children}
    </>
  );
}
