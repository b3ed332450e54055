// The year ahead as a small line chart drawn on the server: readiness at each month, the score over
// each point, month and band under the axis, and "+n" where steps are done. Not colour-coded; screen
// readers get its summary, and the table beside it holds every number and step.
import { CHART_BOX, chartGeometry } from "@/components/charts/chart-geometry";
import { labelAnchor, ScoreGrid, ScorePoint } from "@/components/charts/chart-parts";

export interface YearChartPoint {
  month: number;
  score: number;
  monthLabel: string;
  bandLabel: string;
  /** "+2" when two steps are newly done by this month, else empty. */
  stepsLabel: string;
}

export function YearChart({
  points,
  title,
  description,
  idPrefix,
  testId = "path-chart",
}: {
  points: YearChartPoint[];
  title: string;
  description: string;
  /** Prefix of the title's and description's ids, unique on the page. */
  idPrefix: string;
  testId?: string;
}) {
  const geometry = chartGeometry(points.map((p) => p.score));
  const { width, height } = CHART_BOX;
  return (
    <svg
      role="img"
      aria-labelledby={`${idPrefix}-title ${idPrefix}-desc`}
      viewBox={`0 0 ${width} ${height}`}
      data-testid={testId}
      className="mt-3 h-auto w-full max-w-xl overflow-visible text-ink"
    >
      <title id={`${idPrefix}-title`}>{title}</title>
      <desc id={`${idPrefix}-desc`}>{description}</desc>
      <ScoreGrid ticks={geometry.yTicks} />
      <path d={geometry.path} fill="none" strokeWidth={2.5} strokeDasharray="6 3" strokeLinejoin="round" className="stroke-brand-700" />
      {geometry.points.map((p, i) => {
        const point = points[i]!;
        const { anchor, x: labelX } = labelAnchor(i, points.length, p.x);
        return (
          <g key={point.month} data-testid={`${testId}-point`} data-month={point.month} data-score={point.score}>
            <ScorePoint x={p.x} y={p.y} score={point.score} />
            {point.stepsLabel && (
              <text x={p.x} y={p.y + 17} textAnchor="middle" fontSize={10} className="fill-ink">
                {point.stepsLabel}
              </text>
            )}
            <text x={labelX} y={geometry.baseline + 16} textAnchor={anchor} fontSize={10} className="fill-muted">
              <tspan x={labelX}>{point.monthLabel}</tspan>
              <tspan x={labelX} dy={13} className="fill-ink">
                {point.bandLabel}
              </tspan>
            </text>
          </g>
        );
      })}
    </svg>
  );
}
