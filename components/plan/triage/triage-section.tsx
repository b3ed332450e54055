// Triage at the top of the plan: for someone overdue or repaying most of their income, the few steps that
// matter, two pieces of advice, where to ask for free, and the rest held back as "later". The rule is the
// model's (lib/scoring/triage.ts); this only words it.
import { getTranslations } from "next-intl/server";
import type { Profile } from "@/lib/profile/schema";
import { debtBurden, triageFor, type Recommendation } from "@/lib/scoring";
import { recommendationText } from "../recommendation-text";
import { TriageHelp } from "./triage-help";

export async function TriageSection({ profile, recommendations }: { profile: Profile; recommendations: readonly Recommendation[] }) {
  const triage = triageFor(profile, recommendations);
  if (!triage) return null;
  const t = await getTranslations("triage");
  const tScoring = await getTranslations("scoring");
  const burdenPct = Number.isFinite(debtBurden(profile)) ? Math.round(debtBurden(profile) * 100) : null;
  const title = (id: string) => recommendationText(tScoring, id, profile).title;

  return (
    <section
      aria-labelledby="triage-heading"
      data-testid="triage"
      data-reasons={triage.reasons.join(" ")}
      className="rounded-card border-2 border-amber-600 bg-amber-50 p-4 text-ink"
    >
      <h2 id="triage-heading" className="text-xl font-bold">
        {t("heading")}
      </h2>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        {triage.reasons.map((reason) => (
          <li key={reason}>
            {reason === "debt-burden" && burdenPct !== null ? t("reasons.debtBurden", { pct: burdenPct }) : t(`reasons.${reason === "overdue" ? "overdue" : "noIncome"}`)}
          </li>
        ))}
      </ul>

      <h3 className="mt-4 text-lg font-semibold">{t("leadHeading")}</h3>
      <ol className="mt-2 list-decimal space-y-2 pl-5" data-testid="triage-lead">
        {triage.lead.map((id) => (
          <li key={id} data-testid={`triage-step-${id}`}>
            <a href={`#rec-${id}-title`} className="font-semibold text-brand-900 underline underline-offset-2">
              {title(id)}
            </a>
          </li>
        ))}
        {triage.advice.map((id) => (
          <li key={id} data-testid={`triage-advice-${id}`}>
            <p className="font-semibold">{t(`advice.${id}.title`)}</p>
            <p className="mt-0.5">{t(`advice.${id}.body`)}</p>
          </li>
        ))}
      </ol>

      <TriageHelp channels={triage.channels} />

      {triage.later.length > 0 && (
        <details className="mt-4" data-testid="triage-later">
          <summary className="min-h-11 cursor-pointer py-2 font-semibold">{t("later.summary", { count: triage.later.length })}</summary>
          <p className="mt-1">{t("later.why")}</p>
          <ul className="mt-2 list-disc space-y-1 pl-5">
            {triage.later.map((id) => (
              <li key={id}>{title(id)}</li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
