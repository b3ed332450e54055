import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { loadPlanPage } from "@/lib/plans";
import { routing } from "@/lib/i18n/routing";
import Link from "next/link";
import { planPath } from "@/lib/http/plan-url";
import { ClientMessages } from "@/components/i18n/client-messages";
import { QUESTIONNAIRE_NAMESPACES } from "@/components/questionnaire/namespaces";
import { fieldSpecs } from "@/lib/profile/field-specs";
import { Questionnaire } from "@/components/questionnaire/questionnaire";

type Params = Promise<{ locale: string; id: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale, id } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const plan = await loadPlanPage(id);
  const t = await getTranslations({ locale });
  return {
    title: plan ? t("questionnaire.edit.metaTitle") : t("notFound.metaTitle"),
    // A plan is reachable only through its unguessable link: keep its pages out of search engines.
    robots: { index: false, follow: false },
  };
}

export default async function EditPlanPage({ params }: { params: Params }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const plan = await loadPlanPage(id);
  if (!plan) notFound();
  const t = await getTranslations("questionnaire.edit");

  return (
    <div className="space-y-5">
      <Link
        href={planPath(plan.id, locale)}
        className="inline-flex min-h-11 items-center gap-1 text-brand-700 underline-offset-4 hover:underline"
      >
        <span aria-hidden="true">←</span>
        {t("backToPlan")}
      </Link>
      <header className="space-y-1">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="text-muted">{t("intro")}</p>
      </header>
      {/* No answers in this page: the owner's browser fetches them with its token (owner-profile-loader.tsx). */}
      <ClientMessages namespaces={[...QUESTIONNAIRE_NAMESPACES, "shareView.edit"]}>
        <Questionnaire mode="edit" specs={fieldSpecs()} planId={plan.id} />
      </ClientMessages>
    </div>
  );
}
