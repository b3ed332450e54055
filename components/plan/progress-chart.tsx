// Readiness per scoring as a small line chart, drawn on the server as SVG. Screen readers get its
// summary (title and description); the table beside it holds every number.
import { chartGeometry, CHART_BOX } from "./chart-geometry";

export interface ChartLabel {
  date: string;
  band: string;
}

export function ProgressChart({
  scores,
  labels,
  title,
  description,
}: {
  scores: number[];
  labels: ChartLabel[];
  title: string;
  description: string;
}) {
  const { points, path, yTicks, baseline } = chartGeometry(scores);
  const { width, height, left, right } = CHART_BOX;
  return (
    <svg
      role="img"
      aria-labelledby="progress-chart-title progress-chart-desc"
      viewBox={`0 0 ${width} ${height}`}
      data-testid="progress-chart"
      className="mt-3 h-auto w-full max-w-xl overflow-visible text-ink"
    >
      <title id="progress-chart-title">{title}</title>
      <desc id="progress-chart-desc">{description}</desc>
      {yTicks.map((tick) => (
        <g key={tick.value}>
          <line x1={left} x2={width - right} y1={tick.y} y2={tick.y} className="stroke-line" strokeWidth={1} />
          <text x={left - 6} y={tick.y + 3.5} textAnchor="end" fontSize={10} className="fill-muted">
            {tick.value}
          </text>
        </g>
      ))}
      <path d={path} fill="none" strokeWidth={2.5} strokeLinejoin="round" className="stroke-brand-700" />
      {points.map((p, i) => {
        const label = labels[i];
        // The outermost labels line up with the plot's edges instead of spilling past them.
        const anchor = points.length > 1 && i === 0 ? "start" : points.length > 1 && i === points.length - 1 ? "end" : "middle";
        const labelX = anchor === "start" ? p.x - 6 : anchor === "end" ? p.x + 6 : p.x;
        return (
          <g key={i} data-testid="progress-point" data-score={p.score}>
            <circle cx={p.x} cy={p.y} r={4.5} strokeWidth={2} className="fill-white stroke-brand-700" />
            <text x={p.x} y={p.y - 9} textAnchor="middle" fontSize={11} fontWeight={700} className="fill-ink">
              {p.score}
            </text>
            {p.labelled && label && (
              <text x={labelX} y={baseline + 16} textAnchor={anchor} fontSize={10} className="fill-muted">
                <tspan x={labelX}>{label.date}</tspan>
                <tspan x={labelX} dy={13} className="fill-ink">
                  {label.band}
                </tspan>
              </text>
            )}
          </g>
        );
      })}
    </svg>
  );
}
