// Locale-prefixed paths for plain next/link: every page path carries its locale ("always" prefix), so
// links are built on the server instead of shipping next-intl's client navigation to every page.
import type { Locale } from "./routing";

/** `/en` for "/", `/en/questionnaire` for "/questionnaire". */
export function localePath(locale: Locale | string, path: string): string {
  return `/${locale}${path === "/" ? "" : path}`;
}

/** The same page in another language: swaps the locale segment of a pathname. */
export function switchLocalePath(pathname: string, locale: Locale | string): string {
  const rest = pathname.replace(/^\/[^/]*/, "");
  return `/${locale}${rest === "/" ? "" : rest}`;
}
