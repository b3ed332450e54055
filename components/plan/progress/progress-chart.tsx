// Readiness per scoring as a small line chart, drawn on the server as SVG. Screen readers get its
// summary (title and description); the table beside it holds every number.
import { chartGeometry, CHART_BOX } from "@/components/charts/chart-geometry";
import { labelAnchor, ScoreGrid, ScorePoint } from "@/components/charts/chart-parts";

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
  const { width, height } = CHART_BOX;
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
      <ScoreGrid ticks={yTicks} />
      <path d={path} fill="none" strokeWidth={2.5} strokeLinejoin="round" className="stroke-brand-700" />
      {points.map((p, i) => {
        const label = labels[i];
        const { anchor, x: labelX } = labelAnchor(i, points.length, p.x);
        return (
          <g key={i} data-testid="progress-point" data-score={p.score}>
            <ScorePoint x={p.x} y={p.y} score={p.score} />
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
