"use client";
// The year ahead of the simulated answers, recomputed with them in the browser: a compact chart, each
// month in words (readable without the chart), and the bands within reach with their routes.
import { useFormatter, useTranslations } from "next-intl";
import type { Result } from "@/lib/scoring";
import { milestones } from "@/lib/plan-path/schedule";
import { bandRangeText, monthShort } from "@/lib/plan-text/path-words";
import { YearChart } from "@/components/path/year-chart";

export function WhatIfPath({ result }: { result: Result }) {
  const t = useTranslations("path");
  const tBand = useTranslations("plan.band");
  const format = useFormatter();
  const band = (id: Result["band"]["id"]) => bandRangeText(id, format.number, tBand);
  const path = [...result.path].sort((a, b) => a.month - b.month);
  if (path.length === 0) return null;
  const newly = new Map(milestones(path).map((m) => [m.month as number, m.newlyDone.length]));
  const first = path[0]!;
  const last = path.at(-1)!;
  return (
    <div data-testid="whatif-path">
      <h4 className="font-semibold text-ink">{t("whatif.heading")}</h4>
      {path.length > 1 && (
        <YearChart
          idPrefix="whatif-path-chart"
          testId="whatif-path-chart"
          title={t("chart.title")}
          description={t("chart.summary", { from: first.score, to: last.score, bandFrom: band(first.band), bandTo: band(last.band) })}
          points={path.map((p) => ({
            month: p.month,
            score: p.score,
            monthLabel: monthShort(t, p.month),
            bandLabel: p.band,
            stepsLabel: newly.get(p.month) ? t("chart.steps", { count: newly.get(p.month)! }) : "",
          }))}
        />
      )}
      <ol className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm text-ink">
        {path.map((p) => (
          <li key={p.month} data-testid="whatif-path-point" data-month={p.month} data-score={p.score} data-band={p.band}>
            {t("whatif.point", { month: monthShort(t, p.month), score: p.score, band: band(p.band) })}
          </li>
        ))}
      </ol>
      <div className="mt-2 text-sm text-ink" data-testid="whatif-routes">
        {result.routes.length === 0 ? (
          <p>{t("whatif.noRoutes")}</p>
        ) : (
          <>
            <p>{t("whatif.routes")}</p>
            <ul className="mt-1 list-disc pl-5">
              {result.routes.map((r) => (
                <li key={r.band} data-testid="whatif-route" data-band={r.band} data-month={r.month} data-steps={r.steps.length}>
                  {t("whatif.route", { band: `${r.band} · ${band(r.band)}`, month: r.month, count: r.steps.length })}
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
      <p className="mt-1 text-sm text-muted">{t("intro")}</p>
    </div>
  );
}
