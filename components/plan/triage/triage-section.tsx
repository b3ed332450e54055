// Triage at the top of the plan: for someone overdue or repaying most of their income, the few steps that
// matter, two pieces of advice, where to ask for free, and the rest held back as "later". The rule is the
// model's (lib/scoring/triage.ts); this only words it. `profile` decides on the server whether triage
// applies; the page everyone is served says the share of income only when the owner shares the answers
// (`details`), else the same point in general words (issue 12: no ratio of amounts on a shared link).
import { useTranslations } from "next-intl";
import type { Profile } from "@/lib/profile/schema";
import { debtBurden, triageFor, type Recommendation } from "@/lib/scoring";
import { stepText } from "@/lib/plan-text/step-text";
import { TriageHelp } from "./triage-help";

export function TriageSection({
  profile,
  details,
  recommendations,
}: {
  profile: Profile;
  details: Profile | null;
  recommendations: readonly Recommendation[];
}) {
  const t = useTranslations("triage");
  const tScoring = useTranslations("scoring");
  const tView = useTranslations("shareView");
  const triage = triageFor(profile, recommendations);
  if (!triage) return null;
  const burdenPct = details && Number.isFinite(debtBurden(details)) ? Math.round(debtBurden(details) * 100) : null;
  const title = (id: string) => stepText(tScoring, tView, id, details).title;

  return (
    <section
      aria-labelledby="triage-heading"
      data-testid="triage"
      data-reasons={triage.reasons.join(" ")}
      className="rounded-card border-2 border-amber-600 bg-amber-50 p-4 text-ink"
    >
      <h2 id="triage-heading" className="text-xl font-semibold">
        {t("heading")}
      </h2>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        {triage.reasons.map((reason) => (
          <li key={reason}>
            {reason === "overdue"
              ? t("reasons.overdue")
              : reason !== "debt-burden"
                ? t("reasons.noIncome")
                : burdenPct !== null
                  ? t("reasons.debtBurden", { pct: burdenPct })
                  : t("reasons.debtBurdenGeneral")}
          </li>
        ))}
      </ul>

      <h3 className="mt-4 font-semibold">{t("leadHeading")}</h3>
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
