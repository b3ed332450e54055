import type { Locale } from "../routing";
import en from "./en.json";
import zhCN from "./zh-CN.json";

export type Messages = typeof en;

const catalogues: Record<Locale, Messages> = { en, "zh-CN": zhCN };

export function loadMessages(locale: Locale): Messages {
  return catalogues[locale];
}
