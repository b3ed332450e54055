"use client";
// Loaded when the simulator is first opened: the panel, next-intl's client side and the catalogue of
// the page's language. The plan page itself ships none of them (its text is rendered on the server).
import type { ComponentType } from "react";
import { NextIntlClientProvider } from "next-intl";
import type { Profile } from "@/lib/profile/schema";
import { WhatIfPanel } from "./whatif-panel";

export type LoadedWhatIf = ComponentType<{ saved: Profile }>;

export async function loadWhatIf(locale: string, timeZone: string): Promise<LoadedWhatIf> {
  const messages = (await (locale === "zh-CN" ? import("@/lib/i18n/messages/zh-CN.json") : import("@/lib/i18n/messages/en.json"))).default;
  return function WhatIfWithMessages({ saved }) {
    return (
      <NextIntlClientProvider locale={locale} messages={messages} timeZone={timeZone}>
        <WhatIfPanel saved={saved} />
      </NextIntlClientProvider>
    );
  };
}
