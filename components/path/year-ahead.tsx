// The plan's year ahead: what this simulation projects if the steps are done (chart and table), how
// sure it is, and the target picker. A plan scored by model v1 has no path: its owner is told that
// scoring again gives one, and a visitor sees nothing. No amounts from the answers appear here.
import { useFormatter, useTranslations } from "next-intl";
import { milestones } from "@/lib/plan-path/schedule";
import { targetChoices } from "@/lib/plan-path/targets";
import { isResultV2, type AnyResult, type Result } from "@/lib/scoring/types";
import { OwnerOnly } from "@/components/plan/owner/owner-only";
import { bandRangeText, monthShort, monthText, stepName } from "@/lib/plan-text/path-words";
import { TargetPicker, type TargetOption } from "./target-picker";
import { YearChart } from "./year-chart";

export function YearAhead({ result }: { result: AnyResult }) {
  const t = useTranslations("path");
  if (!isResultV2(result)) {
    return (
      <OwnerOnly>
        <p className="rounded-card border border-line bg-white p-4 text-sm text-ink" data-testid="path-v1-note">
          {t("v1")}
        </p>
      </OwnerOnly>
    );
  }
  if (result.path.length === 0) return null;
  return <YearAheadV2 result={result} />;
}

function YearAheadV2({ result }: { result: Result }) {
  const t = useTranslations("path");
  const tBand = useTranslations("plan.band");
  const format = useFormatter();
  const band = (id: Result["band"]["id"], compact = false) => bandRangeText(id, format.number, tBand, compact);
  const path = [...result.path].sort((a, b) => a.month - b.month);
  const newly = new Map(milestones(path).map((m) => [m.month as number, m.newlyDone]));
  const first = path[0]!;
  const last = path.at(-1)!;

  return (
    <section aria-labelledby="path-heading" data-testid="path-section" className="space-y-3">
      <h2 id="path-heading" className="text-xl font-semibold text-ink">
        {t("heading")}
      </h2>
      <p className="text-sm text-muted">{t("intro")}</p>
      <p className="text-sm text-ink" data-testid="path-confidence" data-confidence={result.confidence}>
        {t(`confidence.${result.confidence}`)}
      </p>
      {path.length > 1 && (
        <YearChart
          idPrefix="path-chart"
          title={t("chart.title")}
          description={t("chart.summary", { from: first.score, to: last.score, bandFrom: band(first.band), bandTo: band(last.band) })}
          points={path.map((p) => {
            const count = newly.get(p.month)?.length ?? 0;
            return {
              month: p.month,
              score: p.score,
              monthLabel: monthShort(t, p.month),
              bandLabel: p.band,
              stepsLabel: count > 0 ? t("chart.steps", { count }) : "",
            };
          })}
        />
      )}
      {/* Scrolls sideways on a narrow phone: focusable and named, so a keyboard can scroll it too. */}
      <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={t("table.caption")}>
        <table className="w-full text-left text-sm" data-testid="path-table">
          <caption className="sr-only">{t("table.caption")}</caption>
          <thead>
            <tr className="border-b border-line text-ink">
              <th scope="col" className="py-2 pr-3 font-semibold">{t("table.month")}</th>
              <th scope="col" className="py-2 pr-3 font-semibold">{t("table.score")}</th>
              <th scope="col" className="py-2 pr-3 font-semibold">{t("table.band")}</th>
              <th scope="col" className="py-2 font-semibold">{t("table.steps")}</th>
            </tr>
          </thead>
          <tbody>
            {path.map((p) => {
              const steps = newly.get(p.month) ?? [];
              return (
                <tr key={p.month} className="border-b border-line align-top text-ink" data-testid="path-row" data-month={p.month} data-score={p.score} data-band={p.band}>
                  <th scope="row" className="py-2 pr-3 font-normal">{monthText(t, p.month)}</th>
                  <td className="py-2 pr-3 tabular-nums">{p.score}</td>
                  <td className="py-2 pr-3">{band(p.band)}</td>
                  <td className="py-2">
                    {p.month === 0 ? t("table.today") : steps.length > 0 ? format.list(steps.map((id) => stepName(t, id))) : t("table.timeOnly")}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <TargetSection result={result} />
    </section>
  );
}

function TargetSection({ result }: { result: Result }) {
  const t = useTranslations("path");
  const tBand = useTranslations("plan.band");
  const format = useFormatter();
  const choices = targetChoices(result.band.id, result.routes, result.path);
  const capLine = result.cap
    ? [t(`cap.${result.cap.reason}`), result.cap.liftedBy ? t("cap.liftedBy", { step: stepName(t, result.cap.liftedBy) }) : ""].filter(Boolean).join(" ")
    : null;
  const options: TargetOption[] = choices.map(({ band, route, soonerWithPlan }) => {
    const name = `${band} · ${bandRangeText(band, format.number, tBand)}`;
    if (!route) return { band, label: name, summary: t("picker.none", { band: name }), steps: [], note: capLine, reachable: false };
    return {
      band,
      label: name,
      summary: t("picker.route", { band: name, month: route.month, count: route.steps.length }),
      steps: route.steps.map((id) => stepName(t, id)),
      note:
        [route.steps.length === 0 ? t("picker.timeOnly") : "", soonerWithPlan ? t("picker.sooner", { month: soonerWithPlan }) : ""]
          .filter(Boolean)
          .join(" ") || null,
      reachable: true,
    };
  });
  const reachable = options.some((o) => o.reachable);
  return (
    <div className="pt-2" data-testid="path-targets">
      <h3 className="font-semibold text-ink">{t("picker.heading")}</h3>
      {options.length === 0 ? (
        <p className="mt-1 text-sm text-ink" data-testid="path-top">{t("picker.top")}</p>
      ) : (
        <>
          <p className="mt-1 text-sm text-muted">{t("picker.intro")}</p>
          {!reachable && (
            <p className="mt-2 text-sm text-ink" data-testid="path-none-above">
              {t("picker.noneAbove")} {capLine}
            </p>
          )}
          <TargetPicker options={options} legend={t("picker.legend")} stepsIntro={t("picker.inOrder")} />
        </>
      )}
    </div>
  );
}
