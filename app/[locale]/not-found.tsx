import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { localePath } from "@/lib/i18n/paths";
import { buttonClass } from "@/components/ui/button-styles";
import { DiagnoseLink } from "@/components/diagnose/diagnose-link";

// Rendered for notFound() anywhere under a locale (unknown plans, unknown paths via the catch-all),
// in the visitor's language.
export default async function NotFound() {
  const t = await getTranslations("notFound");
  const locale = await getLocale();
  return (
    <div className="space-y-4 py-8">
      <p className="text-sm font-semibold text-brand-700">404</p>
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="text-muted">{t("body")}</p>
      <div className="flex flex-col gap-3 sm:flex-row">
        <Link href={localePath(locale, "/")} className={buttonClass("primary")}>
          {t("home")}
        </Link>
        <Link href={localePath(locale, "/questionnaire")} className={buttonClass("secondary")}>
          {t("start")}
        </Link>
      </div>
      {/* A plan that no longer exists may be why someone is here after a limit change. */}
      <p>
        <DiagnoseLink locale={locale} label={t("diagnose")} />
      </p>
    </div>
  );
}
