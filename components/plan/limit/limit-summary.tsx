// What holds the simulated band, in plain words: the cap and what would lift it, the band the score alone
// reaches, the outlook against today's line and how sure the model is. Only for a v2 result (a plan
// stored by model v1 renders as stored). Server-rendered; the one amount-bearing sentence (the answer
// that lifts a cap) goes through OwnerAmount.
import { useFormatter, useTranslations } from "next-intl";
import type { Profile } from "@/lib/profile/schema";
import type { Result } from "@/lib/scoring/types";
import { MONEY_FORMAT } from "@/lib/plan-text/band-range";
import { stepText } from "@/lib/plan-text/step-text";
import { maybe } from "@/lib/i18n/translate";
import { bandLabel } from "@/lib/plan-text/band-label";
import { atRiskReasons, capKey, capSay, confidenceReasons, type LiftSay } from "@/lib/plan-text/limit-logic";
import { BusinessLines } from "./business-lines";
import { OwnerAmount } from "./owner-amount";
import { OwnerBusinessLines } from "./owner-business-lines";

/** `profile` stays on the server (which answers are unknown); `details` is the profile only when everyone may see it. */
export function LimitSummary({ result, profile, details }: { result: Result; profile: Profile; details: Profile | null }) {
  const t = useTranslations("limit");
  const tLayout = useTranslations("plan.layout");
  const tBand = useTranslations("plan.band");
  const tScoring = useTranslations("scoring");
  const tView = useTranslations("shareView");
  const format = useFormatter();
  const money = (n: number) => format.number(n, MONEY_FORMAT);
  const band = (id: Parameters<typeof bandLabel>[0]) => bandLabel(id, money, tBand, t);

  const cap = capSay(result);
  const reasons = result.confidence === "high" ? [] : confidenceReasons(profile);
  const risk = atRiskReasons(result);
  const why = [
    ...(risk.cap ? [t(`outlook.why.${risk.cap}`)] : []),
    ...risk.warnings.flatMap((id) => maybe(tScoring, `warnings.${id}.title`) ?? []),
  ];

  const lift = (say: LiftSay) => {
    if (say.kind === "step") return <span>{t("lift.step", { step: stepText(tScoring, tView, say.id, details).title })}</span>;
    const to = band(say.to);
    switch (say.kind) {
      case "money": {
        const key = say.field === "finances.monthlyIncome" ? "income" : "repayments";
        return (
          <OwnerAmount
            testId="limit-lift-amount"
            ownerText={t(`lift.${key}`, { amount: money(say.value), to })}
            publicText={t(`lift.${key}Public`, { to })}
          />
        );
      }
      case "count":
        return <span>{t(say.field === "repayment.onTimeMonths" ? "lift.onTime" : "lift.years", { value: say.value, to })}</span>;
      case "other":
        return <span>{t("lift.other", { to })}</span>;
    }
  };

  return (
    <section
      aria-labelledby="limit-heading"
      data-testid="limit-summary"
      className="rounded-card border border-line bg-white p-4 shadow-card print:shadow-none sm:p-6"
    >
      <h2 id="limit-heading" className="text-xl font-semibold text-ink">
        {t("heading")}
      </h2>

      {cap ? (
        <div data-testid="limit-cap" data-cap={cap.reason} className="mt-2 space-y-1 text-ink">
          <p>{t(capKey(cap), { band: band(cap.band) })}</p>
          {cap.ladder && (
            <p data-testid="limit-ladder" data-band={cap.ladder}>
              {t("ladder", { band: band(cap.ladder) })}
            </p>
          )}
          {cap.lift && (
            <p data-testid="limit-lift" data-lift={cap.lift.kind}>
              {lift(cap.lift)}
            </p>
          )}
        </div>
      ) : (
        <p data-testid="limit-cap" className="mt-2 text-ink">
          {t("noCap")}
        </p>
      )}

      {/* A sole trader's revenue, payments and purchases: amounts, so only with the answers (shared or
          the result's own) or, on a plan whose answers are not shared, in the owner's browser. Whether
          the line is for a business is no amount (the business-use warning says it to everyone). */}
      {details ? <BusinessLines profile={details} /> : profile.purpose === "business" && <OwnerBusinessLines />}

      {/* The outlook and the confidence wait folded (open when the line is at risk), so the next step
          comes sooner on a phone. */}
      <details className="group mt-4" data-testid="limit-more" open={result.outlook === "at-risk"}>
        <summary className="flex min-h-11 cursor-pointer items-center gap-2 font-semibold text-brand-900 underline underline-offset-2">
          {tLayout("limitMore")}
        </summary>
        <h3 className="mt-2 font-semibold text-ink">{t("outlook.heading")}</h3>
        <div data-testid="limit-outlook" data-outlook={result.outlook ?? "unknown"} className="mt-1 text-ink">
          <p>{t(`outlook.${result.outlook ?? "unknown"}`)}</p>
          {result.outlook === "at-risk" && (
            <ul className="mt-1 list-disc pl-5">
              {(why.length > 0 ? why : [t("outlook.general")]).map((text) => (
                <li key={text}>{text}</li>
              ))}
            </ul>
          )}
        </div>

        <h3 className="mt-4 font-semibold text-ink">{t("confidence.heading")}</h3>
        <div data-testid="limit-confidence" data-confidence={result.confidence} className="mt-1 text-ink">
          <p>{t(`confidence.${result.confidence}`)}</p>
          {reasons.length > 0 && (
            <>
              <p className="mt-1">{t("confidence.lowers")}</p>
              <ul className="list-disc pl-5">
                {reasons.map((id) => (
                  <li key={id} data-reason={id}>
                    {t(`confidence.reasons.${id}`)}
                  </li>
                ))}
              </ul>
              <p className="mt-1 text-sm text-muted">{t("confidence.firmer")}</p>
            </>
          )}
        </div>
      </details>
    </section>
  );
}
