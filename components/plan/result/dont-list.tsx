// The don'ts: the popular "tricks" that make a limit worse, shown to everyone.
import { useTranslations } from "next-intl";
import { maybe } from "@/lib/i18n/translate";

export function DontList({ ids }: { ids: readonly string[] }) {
  const t = useTranslations("plan.donts");
  const tScoring = useTranslations("scoring.donts");
  if (ids.length === 0) return null;

  return (
    <section aria-labelledby="donts-heading" data-testid="plan-donts">
      <h2 id="donts-heading" className="text-xl font-semibold text-ink">
        {t("heading")}
      </h2>
      <ul className="mt-3 space-y-3">
        {ids.map((id) => (
          <li key={id} data-testid={`dont-${id}`} className="flex gap-3 break-inside-avoid">
            <span aria-hidden="true" className="mt-0.5 font-semibold text-red-800">
              ✕
            </span>
            <div>
              <p className="font-semibold text-ink">{maybe(tScoring, `${id}.title`) ?? id}</p>
              {maybe(tScoring, `${id}.body`) && <p className="text-ink">{maybe(tScoring, `${id}.body`)}</p>}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
