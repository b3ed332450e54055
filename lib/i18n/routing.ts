import { defineRouting } from "next-intl/routing";

export const LOCALES = ["zh-CN", "en"] as const;
export type Locale = (typeof LOCALES)[number];

// English unless the browser asks for Chinese; every page carries its locale in the path.
export const routing = defineRouting({
  locales: LOCALES,
  defaultLocale: "en",
  localePrefix: "always",
  // No NEXT_LOCALE cookie: the locale is in every path, so the cookie is not strictly needed and an
  // unprefixed link follows Accept-Language instead of a remembered choice.
  localeCookie: false,
});

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}
