// Take the plan along: the whole plan as a JSON file (the owner's, or anyone's when the answers are
// shared: export-json-link.tsx), and calendar reminders for its steps (.ics, a plain link: its steps are in
// general words unless the answers are shared). The page's no-referrer policy keeps the id out of any Referer.
import { getLocale, getTranslations } from "next-intl/server";
import { ExportJsonLink } from "./export-json-link";

export async function ExportLinks({ planId, shared }: { planId: string; shared: boolean }) {
  const t = await getTranslations("export.links");
  const tView = await getTranslations("shareView.export");
  const locale = await getLocale();
  const id = encodeURIComponent(planId);
  const link =
    "inline-flex min-h-11 items-center text-brand-700 underline underline-offset-4 hover:text-brand-800";
  return (
    <section aria-labelledby="export-heading" data-testid="plan-export" className="space-y-3">
      <h2 id="export-heading" className="text-xl font-semibold text-ink">
        {t("heading")}
      </h2>
      <ul className="space-y-3">
        <ExportJsonLink shared={shared} className={link} labels={{ json: t("json"), hint: t("jsonHint"), failed: tView("failed") }} />
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
