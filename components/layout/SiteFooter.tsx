import { getTranslations } from "next-intl/server";

export async function SiteFooter() {
  const t = await getTranslations("common.footer");
  return (
    <footer className="mt-12 border-t border-line bg-white print:hidden">
      <div className="mx-auto max-w-3xl space-y-2 px-4 py-6 text-sm text-muted">
        <p>{t("disclaimer")}</p>
        <p className="font-medium text-ink">{t("scam")}</p>
      </div>
    </footer>
  );
}
