// The headline of the plan: the simulated limit band and the readiness score.
import { useFormatter, useTranslations } from "next-intl";
import type { Band } from "@/lib/scoring/types";
import { bandDisplay, formatBandRange, MONEY_FORMAT } from "@/lib/plan-text/band-range";
import { MeterBar } from "./meter-bar";

export function BandSummary({ band, score }: { band: Band; score: number }) {
  const t = useTranslations("plan");
  const tBand = useTranslations("plan.band");
  const format = useFormatter();
  const paused = bandDisplay(band).kind === "paused";
  const text = formatBandRange(band, (n) => format.number(n, MONEY_FORMAT), tBand);

  return (
    <section aria-labelledby="band-label" className="rounded-card border border-line bg-white p-4 shadow-card print:shadow-none sm:p-6">
      <h2 id="band-label" className="text-sm font-semibold uppercase tracking-wide text-muted">
        {t("band.label")}
      </h2>
      <p
        data-testid="plan-band"
        data-band={band.id}
        className={`mt-1 font-semibold leading-tight ${paused ? "text-2xl text-red-800" : "text-3xl text-ink"}`}
      >
        {text}
      </p>
      <p className="mt-2 text-sm text-muted">{paused ? t("band.pausedExplain") : t("band.explain")}</p>

      <div className="mt-5 border-t border-line pt-4">
        <div className="flex items-baseline justify-between gap-3">
          <h3 id="score-label" className="text-base font-semibold text-ink">
            {t("score.label")}
          </h3>
          <p data-testid="plan-score" className="text-ink">
            <span className="text-3xl font-semibold tabular-nums">{score}</span>{" "}
            <span className="text-sm text-muted">{t("score.outOf")}</span>
          </p>
        </div>
        <div className="mt-2">
          <MeterBar value={score} labelledBy="score-label" valueText={t("score.valueText", { score })} size="large" />
        </div>
        <p className="mt-2 text-sm text-muted">{t("score.explain")}</p>
      </div>
    </section>
  );
}
