// A translator outside React (route handlers, tests): same catalogues, same ICU formatting.
import { createTranslator, type Messages } from "next-intl";
import { loadMessages } from "./messages";
import { isLocale, routing, type Locale } from "./routing";
import type { Translator } from "./translate";

export function translatorFor(locale: Locale, namespace?: string): Translator {
  // Seen as next-intl's loose catalogue (its own default type), so keys are plain strings, as in the pages.
  const messages: Messages = loadMessages(locale);
  return createTranslator({ locale, messages, namespace });
}

/** The locale a request asks for through Accept-Language: Chinese when it prefers any zh, else English. */
export function localeFromAcceptLanguage(header: string | null): Locale {
  if (!header) return routing.defaultLocale;
  const ranked = header
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      return { tag: tag.toLowerCase(), q: q ? Number(q.slice(2)) : 1, index };
    })
    .filter((r) => r.tag && Number.isFinite(r.q) && r.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const { tag } of ranked) {
    if (tag.startsWith("zh")) return "zh-CN";
    if (tag.startsWith("en")) return "en";
    if (isLocale(tag)) return tag;
  }
  return routing.defaultLocale;
}
