// The result of answers that were not saved: the plain fact that nothing was stored, the whole result
// as the plan page draws it (full-result.tsx, fetched with the catalogue only now), and the choice to
// save it as a plan, offered again at its end.
import { lazy, Suspense, useEffect } from "react";
import { useLocale, useTimeZone, useTranslations } from "next-intl";
import type { Profile } from "@/lib/profile/schema";
import type { Result } from "@/lib/scoring/types";
import { WithCatalogue } from "@/components/plan/owner/owner-catalogue";
import { buttonClass } from "@/components/ui/button-styles";
import { Callout } from "@/components/ui/callout";

const loadFullResult = () => import("./full-result");
const FullResult = lazy(() => loadFullResult().then((m) => ({ default: m.FullResult })));

export function ResultPreview({
  result,
  profile,
  onSave,
  saveLabel,
}: {
  result: Result;
  profile: Profile;
  onSave: () => void;
  saveLabel: string;
}) {
  const t = useTranslations("questionnaire.preview");
  const locale = useLocale();
  const timeZone = useTimeZone();
  // The result's code and the catalogue load side by side.
  useEffect(() => void loadFullResult(), []);
  const loading = (
    <p role="status" className="text-muted">
      {t("loading")}
    </p>
  );

  return (
    <div data-testid="result-preview" className="space-y-6">
      <Callout tone="info">
        <p data-testid="preview-not-saved">{t("notSaved")}</p>
      </Callout>
      <WithCatalogue locale={locale} timeZone={timeZone} fallback={loading}>
        <Suspense fallback={loading}>
          <FullResult result={result} profile={profile} />
        </Suspense>
      </WithCatalogue>
      <section aria-labelledby="preview-save-heading" data-testid="preview-save" className="rounded-card border-2 border-brand-700 bg-brand-50 p-4 text-ink">
        <h2 id="preview-save-heading" className="text-xl font-semibold">
          {t("saveHeading")}
        </h2>
        <p className="mt-1">{t("saveBody")}</p>
        <button type="button" className={buttonClass("primary", "mt-3")} data-testid="save-plan-result" onClick={onSave}>
          {saveLabel}
        </button>
      </section>
    </div>
  );
}
