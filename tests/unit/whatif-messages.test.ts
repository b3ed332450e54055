// Every text the what-if simulator and the model comparison show exists in both languages and formats
// with the values the components give it.
import { createTranslator, type Messages } from "next-intl";
import { describe, expect, it } from "vitest";
import { WHATIF_FIELDS } from "@/lib/whatif/simulation";
import { loadMessages } from "@/lib/i18n/messages";
import type { Translator } from "@/lib/i18n/translate";
import { routing, type Locale } from "@/lib/i18n/routing";

function strict(locale: Locale, namespace: string) {
  const errors: string[] = [];
  const t: Translator = createTranslator({
    locale,
    messages: loadMessages(locale) as Messages,
    namespace,
    onError: (e) => errors.push(e.message),
    getMessageFallback: ({ key }) => `MISSING(${key})`,
  });
  return { t, errors };
}

const USES: [namespace: string, key: string, values?: Record<string, string | number>][] = [
  ["whatif", "heading"], ["whatif", "hint"], ["whatif", "intro"], ["whatif", "loading"],
  ["whatif", "result.heading"], ["whatif", "result.band"], ["whatif", "result.score"],
  ["whatif", "result.savedBand", { band: "¥1,000 – ¥5,000" }], ["whatif", "result.up", { points: 3 }],
  ["whatif", "result.down", { points: 2 }], ["whatif", "result.same"], ["whatif", "result.dimensions"],
  ["whatif", "result.warnings"], ["whatif", "result.next", { title: "X" }],
  ["whatif", "result.announce", { band: "¥1,000 – ¥5,000", score: 61 }], ["whatif", "result.model", { version: "2026.1" }],
  ["whatif", "steps.legend"], ["whatif", "steps.hint"], ["whatif", "steps.none"],
  ["whatif", "answers.legend"], ["whatif", "answers.hint"], ["whatif", "answers.saved", { value: "¥9,000" }],
  ...WHATIF_FIELDS.map((f) => ["whatif", `answers.fields.${f.key}`] as [string, string]),
  ["whatif", "reset"], ["whatif", "save"], ["whatif", "saveHint"], ["whatif", "saving"], ["whatif", "saved"],
  ["whatif", "saveFailed"], ["whatif", "unauthorized"], ["whatif", "unchanged"],
  ["plan", "modelCompare.heading"], ["plan", "modelCompare.body", { version: "2025.1", current: "2026.1" }],
  ["plan", "modelCompare.saved", { version: "2025.1" }], ["plan", "modelCompare.current", { version: "2026.1" }],
  ["plan", "modelCompare.score", { score: 70 }], ["plan", "modelCompare.hint"],
  ["plan", "dimensions.strongest", { factor: "Autopay" }], ["plan", "dimensions.breakdown"],
  ["plan", "dimensions.factorPoints", { earned: "25.8", max: 35 }],
];

describe("what-if and model comparison messages", () => {
  for (const locale of routing.locales) {
    it(`format in ${locale} with no missing key or value`, () => {
      for (const [namespace, key, values] of USES) {
        const { t, errors } = strict(locale, namespace);
        const text = t(key, values);
        expect(text, `${locale} ${namespace}.${key}`).not.toMatch(/[{}]|MISSING|undefined/);
        expect(errors, `${locale} ${namespace}.${key}`).toEqual([]);
      }
    });
  }

  it("puts today's value into the announcement", () => {
    expect(strict("en", "whatif").t("result.announce", { band: "Paused", score: 41 })).toContain("41");
    expect(strict("zh-CN", "whatif").t("result.announce", { band: "暂停", score: 41 })).toContain("41");
  });
});
