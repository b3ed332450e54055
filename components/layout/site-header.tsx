import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { localePath } from "@/lib/i18n/paths";
import type { Locale } from "@/lib/i18n/routing";
import { LanguageSwitch } from "./language-switch";

export async function SiteHeader() {
  const t = await getTranslations("common");
  const locale = (await getLocale()) as Locale;
  return (
    <header className="border-b border-line bg-white print:hidden">
      <div className="mx-auto flex max-w-3xl items-center justify-between gap-4 px-4 py-2">
        <Link
          href={localePath(locale, "/")}
          aria-label={t("homeLink")}
          className="flex min-h-11 items-center gap-2 rounded-lg text-xl font-semibold text-brand-800 no-underline"
        >
          <span
            aria-hidden="true"
            className="grid size-8 place-items-center rounded-lg bg-brand-700 text-sm font-semibold text-white"
          >
            ↑
          </span>
          {t("brand")}
        </Link>
        <LanguageSwitch label={t("languageNav")} locale={locale} />
      </div>
    </header>
  );
}
