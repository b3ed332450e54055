// The year ahead on the printed checklist: one compact table, a column per month (readiness and band),
// under a line that says it is a projection. Its look lives in the print page's stylesheet (ck-path).
import type { PathPoint } from "@/lib/scoring/types";

export function PrintPath({
  heading,
  note,
  path,
  monthLabel,
  bandLabel,
  rowLabels,
}: {
  heading: string;
  note: string;
  path: readonly PathPoint[];
  monthLabel: (month: number) => string;
  bandLabel: (band: PathPoint["band"]) => string;
  rowLabels: { month: string; score: string; band: string };
}) {
  const points = [...path].sort((a, b) => a.month - b.month);
  return (
    <section data-testid="print-path" className="ck-path">
      <p className="ck-title">{heading}</p>
      <div className="overflow-x-auto">
      <table>
        <caption className="sr-only">{heading}</caption>
        <thead>
          <tr>
            <th scope="row">{rowLabels.month}</th>
            {points.map((p) => (
              <th scope="col" key={p.month}>
                {monthLabel(p.month)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">{rowLabels.score}</th>
            {points.map((p) => (
              <td key={p.month} data-testid="print-path-score" data-month={p.month}>
                {p.score}
              </td>
            ))}
          </tr>
          <tr>
            <th scope="row">{rowLabels.band}</th>
            {points.map((p) => (
              <td key={p.month}>{bandLabel(p.band)}</td>
            ))}
          </tr>
        </tbody>
      </table>
      </div>
      <p className="ck-small">{note}</p>
    </section>
  );
}
