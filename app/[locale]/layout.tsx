import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { routing } from "@/lib/i18n/routing";
import { SiteHeader } from "@/components/layout/site-header";
import { SiteFooter } from "@/components/layout/site-footer";
import { SkipLink } from "@/components/layout/skip-link";
import { publicOrigin } from "@/lib/http/origin";
import { EarlyHintScript } from "@/components/ui/early-hint-script";
import { ownsPlanHint } from "@/components/home/continue-plan";
import { planOwnerHint } from "@/components/plan/owner/owner-hint-script";

type Params = Promise<{ locale: string }>;

// Every page is rendered per request: its scripts carry the nonce of that response's
// Content-Security-Policy (proxy.ts), which a page built ahead of time could not know.
export const dynamic = "force-dynamic";

export const viewport: Viewport = { themeColor: "#0f5a6f" };

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: "common.meta" });
  // Link previews (Open Graph images) need absolute URLs: the app's one public origin, never the request's.
  return {
    metadataBase: new URL(publicOrigin()),
    title: { default: t("title"), template: t("titleTemplate") },
    description: t("description"),
    applicationName: locale === "zh-CN" ? "提额计划" : "LiftPlan",
    // Amounts must not turn into phone-number links on iOS.
    formatDetection: { telephone: false },
  };
}

export default async function LocaleLayout({ children, params }: { children: ReactNode; params: Params }) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "common" });

  return (
    <html lang={locale}>
      <head>
        {/* Before the first frame, without stopping the parser: what this browser owns (the home page's
            "continue" box, the plan page's owner view). */}
        <EarlyHintScript code={`${ownsPlanHint}${planOwnerHint}`} />
      </head>
      <body className="flex min-h-dvh flex-col antialiased">
        {/* No NextIntlClientProvider here: pages whose client code translates give it only the
            namespaces it uses (components/i18n/client-messages.tsx), so the others ship no i18n code. */}
        <SkipLink label={t("skipToContent")} />
        <SiteHeader />
        <main id="main" tabIndex={-1} className="mx-auto w-full max-w-3xl flex-1 px-4 py-6 outline-none sm:py-10">
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
