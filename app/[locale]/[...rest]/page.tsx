import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { routing } from "@/lib/i18n/routing";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  // An unknown locale is a 404 (the layout says so); it has no title of its own.
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: "notFound" });
  return { title: t("metaTitle") };
}

// Any unknown path under a locale gets the localized 404 page (app/[locale]/not-found.tsx).
export default function CatchAllPage() {
  notFound();
}
