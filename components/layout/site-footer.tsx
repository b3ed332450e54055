import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { localePath } from "@/lib/i18n/paths";

export async function SiteFooter() {
  const t = await getTranslations("common");
  const locale = await getLocale();
  return (
    <footer className="mt-8 border-t border-line bg-white print:hidden sm:mt-12">
      <div className="mx-auto max-w-3xl space-y-2 px-4 py-4 text-sm text-muted sm:py-6">
        <p>{t("footer.disclaimer")}</p>
        <p className="font-semibold text-ink">{t("footer.scam")}</p>
        <p>
          <Link
            href={localePath(locale, "/privacy")}
            className="inline-flex min-h-11 items-center text-brand-700 underline underline-offset-4"
            data-testid="privacy-link"
          >
            {t("privacyLink")}
          </Link>
        </p>
      </div>
    </footer>
  );
}
