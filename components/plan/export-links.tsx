// Take the plan along: the whole plan as a JSON file, and calendar reminders for its steps (.ics).
// Plain links to the API (downloads, no client code); the page's no-referrer policy keeps the id out of
// any Referer header.
import { getLocale, getTranslations } from "next-intl/server";

export async function ExportLinks({ planId }: { planId: string }) {
  const t = await getTranslations("export.links");
  const locale = await getLocale();
  const id = encodeURIComponent(planId);
  const link =
    "inline-flex min-h-11 items-center font-medium text-brand-700 underline underline-offset-4 hover:text-brand-800";
  return (
    <section aria-labelledby="export-heading" data-testid="plan-export" className="space-y-3">
      <h2 id="export-heading" className="text-xl font-bold text-ink">
        {t("heading")}
      </h2>
      <ul className="space-y-3">
        <li>
          <a href={`/api/plans/${id}/export`} download={`liftplan-${planId}.json`} aria-describedby="export-json-hint" className={link}>
            {t("json")}
          </a>
          <p id="export-json-hint" className="text-sm text-muted">
            {t("jsonHint")}
          </p>
        </li>
        <li>
          <a
            href={`/api/plans/${id}/calendar.ics?lang=${encodeURIComponent(locale)}`}
            download={`liftplan-${planId}.ics`}
            type="text/calendar"
            aria-describedby="export-ics-hint"
            className={link}
          >
            {t("ics")}
          </a>
          <p id="export-ics-hint" className="text-sm text-muted">
            {t("icsHint")}
          </p>
        </li>
      </ul>
    </section>
  );
}
