// /diagnose: "why did my limit drop?". The scam warning and the page's words are server-rendered; the steps
// (what happened, which answers, the diagnosis) are one client component that stores nothing.
import type { Metadata } from "next";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { routing } from "@/lib/i18n/routing";
import { ClientMessages } from "@/components/i18n/client-messages";
import { DiagnoseFlow } from "@/components/diagnose/diagnose-flow";
import { DIAGNOSE_NAMESPACES } from "@/components/diagnose/namespaces";
import { ScamWarning } from "@/components/diagnose/scam-warning";
import { fieldSpecs } from "@/lib/profile/field-specs";

type Params = Promise<{ locale: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: "diagnose" });
  // A link from a plan carries its id (?plan=…): keep it out of any Referer.
  return { title: t("metaTitle"), referrer: "no-referrer" };
}

export default async function DiagnosePage({ params }: { params: Params }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("diagnose");
  return (
    <div className="space-y-6" data-testid="diagnose-page">
      <header className="space-y-2">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="text-muted">{t("intro")}</p>
      </header>
      <ScamWarning />
      <ClientMessages namespaces={DIAGNOSE_NAMESPACES}>
        <DiagnoseFlow specs={fieldSpecs()} />
      </ClientMessages>
    </div>
  );
}
