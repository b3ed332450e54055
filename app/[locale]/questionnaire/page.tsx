import type { Metadata } from "next";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { routing } from "@/lib/i18n/routing";
import { ClientMessages } from "@/components/i18n/client-messages";
import { QUESTIONNAIRE_NAMESPACES } from "@/components/questionnaire/namespaces";
import { fieldSpecs } from "@/lib/profile/field-specs";
import { Questionnaire } from "@/components/questionnaire/questionnaire";

type Params = Promise<{ locale: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale } = await params;
  // An unknown locale is a 404 (the layout says so); it has no title of its own.
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: "questionnaire" });
  return { title: t("metaTitle") };
}

export default async function QuestionnairePage({ params }: { params: Params }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("questionnaire");
  return (
    <div className="space-y-5">
      <header className="space-y-1">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="text-muted">{t("intro")}</p>
      </header>
      <ClientMessages namespaces={QUESTIONNAIRE_NAMESPACES}>
        <Questionnaire mode="create" specs={fieldSpecs()} />
      </ClientMessages>
    </div>
  );
}
