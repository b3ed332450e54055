// The year ahead as a small line chart drawn on the server: readiness at each month, the score over
// each point, month and band under the axis, and "+n" where steps are done. Not colour-coded; screen
// readers get its summary, and the table beside it holds every number and step.
import { CHART_BOX, chartGeometry } from "@/components/plan/chart-geometry";

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
  const { width, height, left, right } = CHART_BOX;
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
      {geometry.yTicks.map((tick) => (
        <g key={tick.value}>
          <line x1={left} x2={width - right} y1={tick.y} y2={tick.y} className="stroke-line" strokeWidth={1} />
          <text x={left - 6} y={tick.y + 3.5} textAnchor="end" fontSize={10} className="fill-muted">
            {tick.value}
          </text>
        </g>
      ))}
      <path d={geometry.path} fill="none" strokeWidth={2.5} strokeDasharray="6 3" strokeLinejoin="round" className="stroke-brand-700" />
      {geometry.points.map((p, i) => {
        const point = points[i]!;
        const anchor = points.length > 1 && i === 0 ? "start" : points.length > 1 && i === points.length - 1 ? "end" : "middle";
        const labelX = anchor === "start" ? p.x - 6 : anchor === "end" ? p.x + 6 : p.x;
        return (
          <g key={point.month} data-testid={`${testId}-point`} data-month={point.month} data-score={point.score}>
            <circle cx={p.x} cy={p.y} r={4.5} strokeWidth={2} className="fill-white stroke-brand-700" />
            <text x={p.x} y={p.y - 9} textAnchor="middle" fontSize={11} fontWeight={700} className="fill-ink">
              {point.score}
            </text>
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
