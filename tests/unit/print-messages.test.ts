// The printed sheet gives every step one line on how to do it, in general words (no figures from the
// answers, since the sheet is served as a stranger sees it): one for each step the model can give.
import { describe, expect, it } from "vitest";
import en from "@/lib/i18n/messages/en.json";
import zh from "@/lib/i18n/messages/zh-CN.json";

const catalogues = { en, "zh-CN": zh } as const;

describe("print.how", () => {
  for (const [locale, messages] of Object.entries(catalogues)) {
    it(`has a general one-liner for every step (${locale})`, () => {
      const steps = Object.keys(messages.scoring.recommendations);
      const how = messages.print.how as Record<string, string>;
      expect(Object.keys(how).sort()).toEqual(steps.sort());
      for (const [id, line] of Object.entries(how)) {
        expect(line, id).not.toMatch(/[{}]/); // no placeholders: nothing from the answers
        expect(line.length, id).toBeLessThanOrEqual(locale === "en" ? 75 : 30); // one printed line
      }
    });
  }
});
