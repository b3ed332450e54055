"use client";
// The answer: the causes ranked, strongest first (or, first of all, that nothing in the answers explains it),
// the steps that address them, and the official places to ask and to check.
import { forwardRef } from "react";
import { useTranslations } from "next-intl";
import type { Profile } from "@/lib/profile/schema";
import type { Diagnosis } from "@/lib/scoring/diagnosis/types";
import { Callout } from "@/components/ui/callout";
import { CauseItem } from "./cause-item";
import { recommendationText } from "@/lib/plan-text/recommendation-text";

interface Props {
  diagnosis: Diagnosis;
  profile: Profile;
  /** "My limit was cut · 2 months ago" */
  summary: string;
}

export const DiagnosisView = forwardRef<HTMLHeadingElement, Props>(function DiagnosisView({ diagnosis, profile, summary }, headingRef) {
  const t = useTranslations("diagnose");
  const tScoring = useTranslations("scoring");
  const nothingShows = diagnosis.causes[0]?.id === "lender-review";
  return (
    <section aria-labelledby="diagnosis-heading" className="space-y-6" data-testid="diagnosis">
      <div>
        <h2 id="diagnosis-heading" ref={headingRef} tabIndex={-1} className="text-xl font-semibold outline-none">
          {t("results.heading")}
        </h2>
        <p className="text-sm text-muted">{summary}</p>
      </div>

      {nothingShows ? (
        <Callout tone="info" title={t("results.nothingTitle")} titleAs="p">
          <p data-testid="nothing-explains">{t("results.nothingBody")}</p>
        </Callout>
      ) : null}

      <ol className="space-y-3" data-testid="causes">
        {diagnosis.causes.map((cause) => (
          <CauseItem key={cause.id} cause={cause} profile={profile} />
        ))}
      </ol>
      <p className="text-sm text-muted">{t("notTheLender")}</p>

      <section aria-labelledby="diagnosis-steps" className="space-y-3">
        <h2 id="diagnosis-steps" className="text-xl font-semibold">
          {nothingShows ? t("results.anywayHeading") : t("results.stepsHeading")}
        </h2>
        {diagnosis.steps.length === 0 ? (
          <p>{t("results.noSteps")}</p>
        ) : (
          <ol className="space-y-3" data-testid="diagnosis-steps">
            {diagnosis.steps.map((id) => {
              const text = recommendationText(tScoring, id, profile);
              return (
                <li key={id} data-step={id} className="rounded-card border border-line bg-white p-4 shadow-card">
                  <h3 className="font-semibold">{text.title}</h3>
                  {text.how ? <p className="mt-1 text-muted">{text.how}</p> : null}
                </li>
              );
            })}
          </ol>
        )}
      </section>

      <section aria-labelledby="diagnosis-channels" className="space-y-3">
        <h2 id="diagnosis-channels" className="text-xl font-semibold">
          {t("results.channelsHeading")}
        </h2>
        <ul className="space-y-3" data-testid="channels">
          {diagnosis.channels.map((id) => (
            <li key={id} data-channel={id} className="rounded-card border border-line bg-white p-4 shadow-card">
              <h3 className="font-semibold">{t(`channels.${id}.name`)}</h3>
              <p className="mt-1">{t(`channels.${id}.body`)}</p>
            </li>
          ))}
        </ul>
      </section>
      <p className="text-sm text-muted">{t("results.notSaved")}</p>
    </section>
  );
});
