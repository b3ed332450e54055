// The result of answers that were not saved: the band, the readiness score and the first steps, with
// the plain fact that nothing was stored and the choice to save it as a plan.
import { useEffect, useRef } from "react";
import { useFormatter, useTranslations } from "next-intl";
import type { Profile } from "@/lib/profile/schema";
import type { Result } from "@/lib/scoring/types";
import { planOrder } from "@/lib/scoring/next-step";
import { formatBandRange, MONEY_FORMAT } from "@/lib/plan-text/band-range";
import { Callout } from "@/components/ui/callout";

const STEPS_SHOWN = 3;

export function ResultPreview({ result, profile }: { result: Result; profile: Profile }) {
  const t = useTranslations("questionnaire.preview");
  const tBand = useTranslations("plan.band");
  const tSteps = useTranslations("scoring.recommendations");
  const format = useFormatter();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  // The plan's own order (triage first when it applies), so the first step is the plan's next step.
  const order = planOrder(result.recommendations, profile).slice(0, STEPS_SHOWN);

  return (
    <section aria-labelledby="preview-title" data-testid="result-preview" className="space-y-4">
      <h3 id="preview-title" ref={heading} tabIndex={-1} className="font-semibold outline-none">
        {t("title")}
      </h3>
      <Callout tone="info">
        <p data-testid="preview-not-saved">{t("notSaved")}</p>
      </Callout>
      <div className="rounded-xl border border-line p-4">
        <p className="text-sm text-muted">{tBand("label")}</p>
        <p className="mt-1 text-2xl font-semibold text-ink" data-testid="preview-band" data-band={result.band.id}>
          {formatBandRange(result.band, (n) => format.number(n, MONEY_FORMAT), tBand)}
        </p>
        <p className="mt-2 text-ink" data-testid="preview-score">
          {t("score", { score: result.score })}
        </p>
        <p className="mt-2 text-sm text-muted">{t("simulation")}</p>
      </div>
      {order.length > 0 ? (
        <div>
          <h4 className="font-semibold text-ink">{t("firstSteps")}</h4>
          <ol className="mt-2 list-decimal space-y-1 pl-6" data-testid="preview-steps">
            {order.map((id) => (
              <li key={id} data-step={id}>
                {tSteps.has(`${id}.title`) ? tSteps(`${id}.title`) : id}
              </li>
            ))}
          </ol>
        </div>
      ) : null}
    </section>
  );
}
