import { localeFromAcceptLanguage } from "@/lib/i18n/translator";
import type { Locale } from "@/lib/i18n/routing";

/** The language for this request's messages (Accept-Language: Chinese if preferred, else English). */
export const requestLocale = (request: Request): Locale => localeFromAcceptLanguage(request.headers.get("accept-language"));
