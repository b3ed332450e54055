// What LiftPlan stores, for how long, and what it never collects. Keep it true: when storage, logging or
// rate limiting changes, this page changes with it.
import type { Metadata } from "next";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { routing } from "@/lib/i18n/routing";
import { Card } from "@/components/ui/card";
import { retentionDays } from "@/lib/plans/retention";

type Params = Promise<{ locale: string }>;

const STORED = ["answers", "result", "snapshots", "checklist", "tokenHash", "timestamps"] as const;
const NOT_COLLECTED = ["identity", "account", "ip", "cookies", "credit"] as const;
const PLAIN_SECTIONS = ["browser", "logs", "thirdParties"] as const;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: "privacy" });
  return { title: t("metaTitle") };
}

export default async function PrivacyPage({ params }: { params: Params }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("privacy");
  const days = retentionDays();

  return (
    <div className="space-y-6" data-testid="privacy-page">
      <header className="space-y-3">
        <h1 className="text-3xl leading-tight font-semibold text-balance">{t("title")}</h1>
        <p className="text-muted">{t("lede")}</p>
      </header>

      <Card className="space-y-3">
        <h2 className="text-xl font-semibold">{t("stored.title")}</h2>
        <ul className="list-disc space-y-2 pl-5">
          {STORED.map((item) => (
            <li key={item}>{t(`stored.${item}`)}</li>
          ))}
        </ul>
      </Card>

      <Card className="space-y-3">
        <h2 className="text-xl font-semibold">{t("kept.title")}</h2>
        <p data-testid="privacy-retention">{days > 0 ? t("kept.unopened", { days }) : t("kept.forever")}</p>
        <p>{t("kept.body")}</p>
        <p>{t("kept.draft")}</p>
      </Card>

      <Card className="space-y-3">
        <h2 className="text-xl font-semibold">{t("notCollected.title")}</h2>
        <ul className="list-disc space-y-2 pl-5">
          {NOT_COLLECTED.map((item) => (
            <li key={item}>{t(`notCollected.${item}`)}</li>
          ))}
        </ul>
      </Card>

      {PLAIN_SECTIONS.map((section) => (
        <Card key={section} className="space-y-3">
          <h2 className="text-xl font-semibold">{t(`${section}.title`)}</h2>
          <p>{t(`${section}.body`)}</p>
        </Card>
      ))}
    </div>
  );
}
