// Progress over time: a chart of readiness per scoring, what changed since last time, and every
// scoring in a table (the chart's numbers, for screen readers and for anyone who prefers a table).
import { getFormatter, getTranslations } from "next-intl/server";
import type { DimensionScore } from "@/lib/scoring/types";
import { BANDS } from "@/lib/scoring";
import { formatBandRange, MONEY_FORMAT } from "@/lib/plan-text/band-range";
import { ProgressChart } from "./progress-chart";
import { sinceLastTime, type SnapshotPoint } from "@/lib/plan-path/since-last-time";
import { SinceLastTimeNote } from "./since-last-time-note";
import type { PathStanding } from "@/lib/plan-path/standing";
import { PathStandingNote } from "@/components/path/path-standing-note";

/** A scoring, with where it stands against the first scoring's year ahead when that is known. */
export type Snapshot = SnapshotPoint & { standing?: PathStanding | null };

export async function ProgressHistory({ snapshots, dimensions }: { snapshots: Snapshot[]; dimensions?: readonly DimensionScore[] }) {
  // One snapshot is just the plan itself: nothing to compare yet.
  if (snapshots.length < 2) return null;
  const t = await getTranslations("plan.history");
  const tProgress = await getTranslations("progress");
  const tBand = await getTranslations("plan.band");
  const format = await getFormatter();
  const oldestFirst = [...snapshots].sort((a, b) => a.at.localeCompare(b.at));
  const newestFirst = [...oldestFirst].reverse();
  const band = (id: Snapshot["band"]) =>
    formatBandRange({ id, ...BANDS[id] }, (n) => format.number(n, MONEY_FORMAT), tBand, "pausedShort");
  // Short amounts ("¥2万", "¥20K") fit under a chart point.
  const compact = (id: Snapshot["band"]) =>
    formatBandRange(
      { id, ...BANDS[id] },
      (n) => format.number(n, { ...MONEY_FORMAT, notation: "compact" }),
      tBand,
      "pausedShort",
    );
  const first = oldestFirst[0]!;
  const last = oldestFirst.at(-1)!;
  const change = sinceLastTime(oldestFirst, dimensions);
  const day = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "medium" });
  const tPath = await getTranslations("path.progress");
  const withStanding = oldestFirst.some((s) => s.standing);

  return (
    <section aria-labelledby="history-heading" data-testid="plan-history">
      <h2 id="history-heading" className="text-xl font-semibold text-ink">
        {t("heading")}
      </h2>
      <p className="mt-1 text-sm text-muted">{t("intro")}</p>
      <ProgressChart
        scores={oldestFirst.map((s) => s.score)}
        labels={oldestFirst.map((s) => ({ date: format.dateTime(new Date(s.at), { month: "numeric", day: "numeric" }), band: compact(s.band) }))}
        title={tProgress("chart.title")}
        description={tProgress("chart.summary", {
          count: oldestFirst.length,
          from: first.score,
          to: last.score,
          start: day(first.at),
          end: day(last.at),
          band: band(last.band),
        })}
      />
      {change && (
        <SinceLastTimeNote change={change} date={day(change.previousAt)} bandFrom={band(change.bandFrom)} bandTo={band(change.bandTo)} />
      )}
      {last.standing && <PathStandingNote standing={last.standing} />}
      <table className="mt-4 w-full text-left text-sm">
        <caption className="sr-only">{tProgress("table.caption")}</caption>
        <thead>
          <tr className="border-b border-line text-ink">
            <th scope="col" className="py-2 pr-3 font-semibold">{t("date")}</th>
            <th scope="col" className="py-2 pr-3 font-semibold">{t("score")}</th>
            <th scope="col" className="py-2 font-semibold">{t("band")}</th>
            {withStanding && <th scope="col" className="py-2 pl-3 font-semibold">{tPath("column")}</th>}
          </tr>
        </thead>
        <tbody>
          {newestFirst.map((s, i) => (
            <tr key={`${s.at}-${i}`} className="border-b border-line text-ink">
              <td className="py-2 pr-3">{format.dateTime(new Date(s.at), { dateStyle: "medium", timeStyle: "short" })}</td>
              <td className="py-2 pr-3 tabular-nums">{s.score}</td>
              <td className="py-2">{band(s.band)}</td>
              {withStanding && (
                <td className="py-2 pl-3" data-testid="history-standing" data-standing={s.standing?.standing ?? ""}>
                  {s.standing ? tPath(s.standing.standing) : ""}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
