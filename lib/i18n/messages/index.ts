import type { Locale } from "../routing";
import en from "./en.json";
import zhCN from "./zh-CN.json";
import uiEn from "./parts/ui.en.json";
import uiZh from "./parts/ui.zh-CN.json";
import planEn from "./parts/plan.en.json";
import planZh from "./parts/plan.zh-CN.json";
import scoringEn from "./parts/scoring.en.json";
import scoringZh from "./parts/scoring.zh-CN.json";
import apiEn from "./parts/api.en.json";
import apiZh from "./parts/api.zh-CN.json";

// TEMPORARY while several people write catalogues at once: each part owns its own top-level
// namespaces; they are folded into en.json / zh-CN.json before landing.
export type Messages = Record<string, unknown>;

const catalogues: Record<Locale, Messages> = {
  en: { ...en, ...uiEn, ...planEn, ...scoringEn, ...apiEn },
  "zh-CN": { ...zhCN, ...uiZh, ...planZh, ...scoringZh, ...apiZh },
};

export function loadMessages(locale: Locale): Messages {
  return catalogues[locale];
}
