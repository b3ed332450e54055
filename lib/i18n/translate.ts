// The one translator type of the app: what next-intl's getTranslations (server), useTranslations (client)
// and translatorFor (route handlers, tests) all give. Keys are plain strings: most are built at run time
// (`recommendations.${id}.title`), so next-intl's typed keys could not check them anyway. No catalogue is
// imported here, so client code may use `maybe` without shipping the messages.
import type { TranslationValues } from "next-intl";

export interface Translator {
  (key: string, values?: TranslationValues): string;
  has(key: string): boolean;
}

/**
 * Looks up a model string that may be missing: a plan stored by an older model can name a recommendation
 * or warning the catalogue no longer has, and the page must still render.
 */
export function maybe(t: Translator, key: string, values?: TranslationValues): string | null {
  return t.has(key) ? t(key, values) : null;
}
