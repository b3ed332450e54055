// Warnings the person must see whatever the score (overdue, high debt burden, multi-lending, …).
import { useTranslations } from "next-intl";
import type { Warning } from "@/lib/scoring/types";
import { maybe } from "@/lib/i18n/translate";

export function WarningCallouts({ warnings }: { warnings: Warning[] }) {
  const t = useTranslations("plan.warnings");
  const tScoring = useTranslations("scoring.warnings");
  if (warnings.length === 0) return null;

  return (
    <section aria-labelledby="warnings-heading" data-testid="plan-warnings">
      <h2 id="warnings-heading" className="text-xl font-semibold text-ink">
        {t("heading")}
      </h2>
      <ul className="mt-3 space-y-3">
        {warnings.map((w) => (
          <li
            key={w.id}
            data-testid={`warning-${w.id}`}
            className="break-inside-avoid rounded-card border-l-4 border-amber-600 bg-amber-50 p-4 text-ink print:border print:border-l-4 print:border-black print:bg-white"
          >
            <p className="flex items-start gap-2 font-semibold">
              <span aria-hidden="true" className="text-amber-800 print:text-black">
                ⚠
              </span>
              <span>{maybe(tScoring, `${w.id}.title`) ?? w.id}</span>
            </p>
            {maybe(tScoring, `${w.id}.body`) && <p className="mt-1">{maybe(tScoring, `${w.id}.body`)}</p>}
          </li>
        ))}
      </ul>
    </section>
  );
}
