// Each dimension's score with its weight: a labelled meter plus the numbers as text, and the answers that
// moved it most: the biggest gap, the strongest answer, and every factor's points on request.
// Points follow the answers closely (a factor's points can be turned back into a ratio of amounts), so
// without `details` (the page everyone is served) only the factors' names are shown, not their points.
import { useFormatter, useTranslations } from "next-intl";
import type { Profile } from "@/lib/profile/schema";
import { dimensionBreakdown, dimensionFacts } from "@/lib/scoring";
import type { DimensionScore } from "@/lib/scoring/types";
import { MeterBar } from "./meter-bar";
import { maybe } from "@/lib/i18n/translate";

export function DimensionList({
  dimensions,
  profile,
  details,
}: {
  dimensions: DimensionScore[];
  /** Read on the server for the factors' names only. */
  profile: Profile;
  /** The answers when everyone may see them: then the points too. */
  details: Profile | null;
}) {
  const t = useTranslations("plan.dimensions");
  const tScoring = useTranslations("scoring.dimensions");
  const tFactors = useTranslations("scoring.factors");
  const format = useFormatter();
  const tView = useTranslations("shareView.dimensions");

  return (
    <section aria-labelledby="dimensions-heading" className="break-inside-avoid">
      <h2 id="dimensions-heading" className="text-xl font-semibold text-ink">
        {t("heading")}
      </h2>
      <p className="mt-1 text-sm text-muted">{t("intro")}</p>
      <ul className="mt-4 space-y-4">
        {dimensions.map((d) => {
          const weight = format.number(d.weight, { style: "percent", maximumFractionDigits: 0 });
          const labelId = `dimension-${d.id}`;
          const about = maybe(tScoring, `${d.id}.about`);
          // What cost this area the most points, so a low bar says why it is low.
          const facts = dimensionFacts(d.id, profile);
          const weakest =
            facts.weakest !== "none" && Number(facts.weakestLost) > 0
              ? maybe(tFactors, String(facts.weakest))
              : null;
          const strongest = facts.strongest !== "none" && d.score > 0 ? maybe(tFactors, String(facts.strongest)) : null;
          // Biggest gaps first: the factors that cost this area most points lead the list.
          const factors = dimensionBreakdown(d.id, profile).sort((a, b) => b.max - b.earned - (a.max - a.earned));
          return (
            <li key={d.id} data-testid={`dimension-${d.id}`}>
              <div className="flex items-baseline justify-between gap-3">
                <h3 id={labelId} className="font-semibold text-ink">
                  {maybe(tScoring, `${d.id}.name`) ?? d.id}
                </h3>
                <p className="shrink-0 text-sm text-ink">
                  <span className="font-semibold tabular-nums">{d.score}</span>/100
                  <span className="text-muted"> · {t("weight", { weight })}</span>
                </p>
              </div>
              <div className="mt-1.5">
                <MeterBar value={d.score} labelledBy={labelId} valueText={t("valueText", { score: d.score, weight })} />
              </div>
              {weakest && (
                <p className="mt-1 text-sm text-ink" data-testid={`dimension-${d.id}-weakest`}>
                  {details ? t("weakest", { factor: weakest, points: Number(facts.weakestLost) }) : tView("weakest", { factor: weakest })}
                </p>
              )}
              {strongest && strongest !== weakest && (
                <p className="mt-1 text-sm text-ink" data-testid={`dimension-${d.id}-strongest`}>
                  {t("strongest", { factor: strongest })}
                </p>
              )}
              {about && <p className="mt-1 text-sm text-muted">{about}</p>}
              {details && (
              <details className="mt-1 text-sm print:hidden" data-testid={`dimension-${d.id}-breakdown`}>
                <summary className="cursor-pointer py-1 text-brand-900 underline underline-offset-2">
                  {t("breakdown")}
                </summary>
                <ul className="mt-1 space-y-0.5 pl-1">
                  {factors.map((f) => (
                    <li key={f.id} className="flex justify-between gap-3 text-ink">
                      <span>{maybe(tFactors, f.id) ?? f.id}</span>
                      <span className="shrink-0 tabular-nums">
                        {t("factorPoints", { earned: format.number(f.earned, { maximumFractionDigits: 1 }), max: f.max })}
                      </span>
                    </li>
                  ))}
                </ul>
              </details>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
