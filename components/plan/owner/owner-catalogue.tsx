"use client";
// The whole message catalogue of the page's language, loaded in the owner's browser only when the
// owner's answers have arrived (owner-details.tsx): the personal texts are then formatted here, as the
// server formats them for a shared plan. Loaded once per page, shared by every part that needs it.
import { NextIntlClientProvider } from "next-intl";
import { useEffect, useState, type ReactNode } from "react";

type Messages = Record<string, unknown>;
const loads = new Map<string, Promise<Messages>>();

function loadCatalogue(locale: string): Promise<Messages> {
  let load = loads.get(locale);
  if (!load) {
    load = (locale === "zh-CN" ? import("@/lib/i18n/messages/zh-CN.json") : import("@/lib/i18n/messages/en.json")).then(
      (module) => module.default as Messages,
    );
    loads.set(locale, load);
  }
  return load;
}

/** Renders `children` inside the catalogue once it is loaded, `fallback` until then. */
export function WithCatalogue({ locale, timeZone, fallback, children }: { locale: string; timeZone?: string; fallback: ReactNode; children: ReactNode }) {
  const [messages, setMessages] = useState<Messages | null>(null);
  useEffect(() => {
    let live = true;
    void loadCatalogue(locale).then((loaded) => {
      if (live) setMessages(loaded);
    });
    return () => {
      live = false;
    };
  }, [locale]);
  if (!messages) return <>{fallback}</>;
  return (
    <NextIntlClientProvider locale={locale} messages={messages as never} timeZone={timeZone}>
      {children}
    </NextIntlClientProvider>
  );
}
