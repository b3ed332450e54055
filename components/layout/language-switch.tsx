"use client";
// The one piece of the chrome that runs in the browser: it needs the current path so that switching
// language keeps the reader on the same page (layouts are not re-rendered on client navigation).
// Next's own usePathname and Link: no i18n client code on pages that need none.
import Link from "next/link";
import { usePathname } from "next/navigation";
import { LOCALES, type Locale } from "@/lib/i18n/routing";
import { switchLocalePath } from "@/lib/i18n/paths";

const LANGUAGE_NAMES: Record<Locale, string> = { "zh-CN": "中文", en: "English" };

export function LanguageSwitch({ label, locale }: { label: string; locale: Locale }) {
  const pathname = usePathname() ?? `/${locale}`;
  const other = LOCALES.find((l) => l !== locale) ?? LOCALES[0];
  return (
    <nav aria-label={label}>
      <Link
        href={switchLocalePath(pathname, other)}
        lang={other}
        hrefLang={other}
        data-testid="language-switch"
        className="inline-flex min-h-11 min-w-11 items-center justify-center rounded-lg border border-line bg-white px-3 text-sm text-ink hover:bg-brand-50"
      >
        {LANGUAGE_NAMES[other]}
      </Link>
    </nav>
  );
}
