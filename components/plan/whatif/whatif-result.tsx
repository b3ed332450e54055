"use client";
// The simulated result beside the saved plan. The summary (band and score) stays in view (sticky) while
// the controls below it are used on a phone; the details show each area, warnings and the next step.
import { useTranslations } from "next-intl";
import type { Profile } from "@/lib/profile/schema";
import { MODEL_VERSION, nextStepOf, type Band, type Result } from "@/lib/scoring";
import { useOwner } from "../owner/owner-context";
import { MeterBar } from "../result/meter-bar";
import { recommendationText } from "@/lib/plan-text/recommendation-text";
import { maybe } from "@/lib/i18n/translate";

function Movement({ now, before, testId }: { now: number; before: number; testId?: string }) {
  const t = useTranslations("whatif.result");
  const points = Math.abs(now - before);
  const text = now > before ? t("up", { points }) : now < before ? t("down", { points }) : t("same");
  const tone = now > before ? "bg-brand-50 text-brand-900" : now < before ? "bg-red-50 text-red-800" : "text-muted";
  return (
    <span data-testid={testId} className={`rounded-full px-2 py-0.5 text-sm ${tone}`}>
      {text}
    </span>
  );
}

interface ResultProps {
  result: Result;
  baseline: Result;
  bandText: (band: Band) => string;
}

/** Band and score with how far they moved. Sticky within the panel, so it must be the panel's direct child. */
export function WhatIfSummary({ result, baseline, bandText }: ResultProps) {
  const t = useTranslations("whatif.result");
  const bandMoved = result.band.id !== baseline.band.id;
  return (
    <div
      data-testid="whatif-summary"
      className="sticky top-0 z-10 -mx-2 rounded-xl border border-brand-200 bg-brand-50/95 px-3 py-3 backdrop-blur-sm"
    >
      <h3 className="sr-only">{t("heading")}</h3>
      <div className="flex items-start justify-between gap-3">
        <div className="min-w-0">
          <p className="text-sm font-semibold uppercase tracking-wide text-muted">{t("band")}</p>
          <p data-testid="whatif-band" data-band={result.band.id} className="text-xl font-semibold text-ink">
            {bandText(result.band)}
          </p>
        </div>
        <div className="shrink-0 text-right">
          <p id="whatif-score-label" className="text-sm font-semibold uppercase tracking-wide text-muted">
            {t("score")}
          </p>
          <p className="text-ink">
            <span data-testid="whatif-score" className="text-2xl font-semibold tabular-nums">
              {result.score}
            </span>
            <span className="text-sm text-muted">/100</span>
          </p>
        </div>
      </div>
      <div className="mt-2">
        <MeterBar value={result.score} labelledBy="whatif-score-label" valueText={`${result.score}/100`} />
      </div>
      <p className="mt-2 flex flex-wrap items-center gap-2 text-sm text-ink">
        <Movement now={result.score} before={baseline.score} testId="whatif-score-delta" />
        {bandMoved && <span data-testid="whatif-saved-band">{t("savedBand", { band: bandText(baseline.band) })}</span>}
      </p>
    </div>
  );
}

/** Each area with how far it moved, the warnings, and the best next step from the simulated answers. */
export function WhatIfDetails({
  result,
  baseline,
  profile,
  savedSteps,
}: Omit<ResultProps, "bandText"> & { profile: Profile; savedSteps: readonly string[] }) {
  const t = useTranslations("whatif.result");
  const tScoring = useTranslations("scoring");
  const { checklist } = useOwner();
  // The same rule as the plan's "next step" (lib/scoring/next-step.ts), on the simulated answers.
  const next = nextStepOf(result.recommendations, profile, checklist.values);

  return (
    <div className="space-y-4">
      <div>
        <h4 className="font-semibold text-ink">{t("dimensions")}</h4>
        <ul className="mt-2 grid gap-x-6 gap-y-2 sm:grid-cols-2">
          {result.dimensions.map((d) => {
            const before = baseline.dimensions.find((b) => b.id === d.id)?.score ?? d.score;
            const name = maybe(tScoring, `dimensions.${d.id}.name`) ?? d.id;
            return (
              <li key={d.id} data-testid={`whatif-dimension-${d.id}`} data-score={d.score} className="text-sm">
                <div className="flex items-baseline justify-between gap-2">
                  <span id={`whatif-dim-${d.id}`} className="text-ink">
                    {name}
                  </span>
                  <span className="shrink-0 tabular-nums text-ink">
                    <span className="font-semibold">{d.score}</span>
                    {d.score !== before && (
                      <span className={d.score > before ? "text-brand-900" : "text-red-800"}>
                        {" "}
                        ({d.score > before ? "+" : "−"}
                        {Math.abs(d.score - before)})
                      </span>
                    )}
                  </span>
                </div>
                <MeterBar value={d.score} labelledBy={`whatif-dim-${d.id}`} valueText={`${d.score}/100`} />
              </li>
            );
          })}
        </ul>
      </div>

      {result.warnings.length > 0 && (
        <div data-testid="whatif-warnings">
          <h4 className="font-semibold text-ink">{t("warnings")}</h4>
          <ul className="mt-1 list-disc pl-5 text-sm text-ink">
            {result.warnings.map((w) => (
              <li key={w.id}>{maybe(tScoring, `warnings.${w.id}.title`) ?? w.id}</li>
            ))}
          </ul>
        </div>
      )}
      {next && (
        <div className="text-sm text-ink" data-testid="whatif-next" data-step={next}>
          <p>{t("next", { title: recommendationText(tScoring, next, profile).title })}</p>
          {!savedSteps.includes(next) && (
            <p className="mt-1 text-muted" data-testid="whatif-next-new">
              {t("nextNotInPlan")}
            </p>
          )}
        </div>
      )}
      <p className="text-sm text-muted">{t("model", { version: MODEL_VERSION })}</p>
    </div>
  );
}
