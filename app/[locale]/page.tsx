import type { Metadata } from "next";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { routing } from "@/lib/i18n/routing";
import Link from "next/link";
import { localePath } from "@/lib/i18n/paths";
import { buttonClass } from "@/components/ui/button-styles";
import { Callout } from "@/components/ui/callout";
import { Card } from "@/components/ui/card";
import { DiagnoseLink } from "@/components/diagnose/diagnose-link";
import { ContinuePlan } from "@/components/home/continue-plan";
import { retentionDays } from "@/lib/plans/retention";

type Params = Promise<{ locale: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale } = await params;
  // An unknown locale is a 404 (the layout says so); it has no title of its own.
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: "home" });
  // The home page sits beside the layout that defines the title template, so it names the brand itself.
  return { title: { absolute: t("metaTitle") }, description: t("metaDescription") };
}

const HOW_STEPS = ["answer", "see", "act"] as const;
const WHAT_YOU_GET = ["band", "scores", "plan"] as const;
const WHAT_IT_IS_NOT = ["simulation", "affiliation", "advice", "account", "sells"] as const;

export default async function HomePage({ params }: { params: Params }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("home");
  const days = retentionDays();

  return (
    <div className="space-y-10">
      <ContinuePlan
        locale={locale}
        labels={{ title: t("continue.title"), hint: t("continue.hint"), one: t("continue.one"), many: t("continue.many", { n: "{n}" }) }}
      />
      <section aria-labelledby="home-title" className="space-y-4 pt-2">
        <p className="text-sm font-semibold tracking-wide text-brand-700">{t("eyebrow")}</p>
        <h1 id="home-title" className="text-3xl leading-tight font-semibold text-balance">
          {t("title")}
        </h1>
        <p className="text-muted">{t("lede")}</p>
        <Link href={localePath(locale, "/questionnaire")} className={buttonClass("primary", "w-full sm:w-auto")} data-testid="start-questionnaire">
          {t("start")}
          <span aria-hidden="true">→</span>
        </Link>
        <p>
          <DiagnoseLink locale={locale} label={t("diagnoseLink")} />
        </p>
      </section>

      <section aria-labelledby="how-title" className="space-y-4">
        <h2 id="how-title" className="text-xl font-semibold">
          {t("howTitle")}
        </h2>
        <ol className="grid gap-3 sm:grid-cols-3">
          {HOW_STEPS.map((step, index) => (
            <li key={step} className="rounded-card border border-line bg-white p-4 shadow-card">
              <span
                aria-hidden="true"
                className="mb-2 grid size-8 place-items-center rounded-full bg-brand-100 text-sm font-semibold text-brand-800"
              >
                {index + 1}
              </span>
              <h3 className="font-semibold">{t(`how.${step}.title`)}</h3>
              <p className="mt-1 text-sm text-muted">{t(`how.${step}.body`)}</p>
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="get-title">
        <Card className="space-y-3">
          <h2 id="get-title" className="text-xl font-semibold">
            {t("getTitle")}
          </h2>
          <ul className="space-y-2">
            {WHAT_YOU_GET.map((item) => (
              <li key={item} className="flex gap-3">
                <span aria-hidden="true" className="mt-0.5 font-semibold text-brand-700">
                  ✓
                </span>
                <span>{t(`get.${item}`)}</span>
              </li>
            ))}
          </ul>
        </Card>
      </section>

      <section aria-labelledby="not-title">
        <Card className="space-y-3">
          <h2 id="not-title" className="text-xl font-semibold">
            {t("notTitle")}
          </h2>
          <ul className="space-y-2">
            {WHAT_IT_IS_NOT.map((item) => (
              <li key={item} className="flex gap-3">
                <span aria-hidden="true" className="mt-0.5 font-semibold text-muted">
                  ✕
                </span>
                <span>{t(`not.${item}`)}</span>
              </li>
            ))}
          </ul>
        </Card>
      </section>

      <Callout tone="warning" title={t("scamTitle")}>
        <p>{t("scamBody")}</p>
      </Callout>

      <section aria-labelledby="privacy-title" className="space-y-1">
        <h2 id="privacy-title" className="text-xl font-semibold">
          {t("privacyTitle")}
        </h2>
        <p className="text-muted">{t("privacy")}</p>
        <p className="text-muted" data-testid="home-retention">
          {days > 0 ? t("retention", { days }) : t("retentionForever")}
        </p>
      </section>

      <div className="border-t border-line pt-8">
        <Link href={localePath(locale, "/questionnaire")} className={buttonClass("primary", "w-full sm:w-auto")}>
          {t("startAgain")}
          <span aria-hidden="true">→</span>
        </Link>
      </div>
    </div>
  );
}
