// Every cause the diagnosis can give reads in both languages with the person's own numbers, and every
// event, date, channel and warning line the page shows has its words.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { translatorFor } from "@/lib/i18n/translator";
import { CAUSE_IDS, CHANNEL_IDS, DIAGNOSIS_EVENTS, causeFacts, diagnose, MAX_MONTHS_AGO } from "@/lib/scoring/diagnosis";
import { validProfileArb } from "../fixtures/arbitraries";
import { multiLender } from "../fixtures/profiles";
import { PROPERTY_TIMEOUT } from "./scoring-helpers";

const LOCALES = ["en", "zh-CN"] as const;

describe("diagnosis messages", { timeout: PROPERTY_TIMEOUT }, () => {
  it("each cause's title, evidence and reason format with its facts, leaving no placeholder", () => {
    const translators = LOCALES.map((locale) => translatorFor(locale, "diagnose"));
    fc.assert(
      fc.property(validProfileArb, fc.constantFrom(...DIAGNOSIS_EVENTS), fc.integer({ min: 0, max: MAX_MONTHS_AGO }), (p, event, monthsAgo) => {
        for (const cause of diagnose(p, { event, monthsAgo }).causes) {
          for (const t of translators) {
            for (const part of ["title", "evidence", "why"]) {
              const text = t(`causes.${cause.id}.${part}`, causeFacts(cause.id, p));
              expect(text, `${cause.id}.${part}`).not.toMatch(/[{}]|causes\./);
            }
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it("evidence speaks in the person's own numbers", () => {
    const en = translatorFor("en", "diagnose");
    const zh = translatorFor("zh-CN", "diagnose");
    expect(en("causes.many-applications.evidence", causeFacts("many-applications", multiLender))).toBe("You applied for credit 6 times in the last 3 months.");
    expect(zh("causes.many-applications.evidence", causeFacts("many-applications", multiLender))).toBe("近3个月你申请了 6 次贷款或信用卡。");
    expect(en("causes.line-maxed.evidence", causeFacts("line-maxed", multiLender))).toBe("You owe ¥25,000 on a line of ¥30,000 (83% used).");
  });

  it("has words for every cause, event, date, channel and strength in both languages", () => {
    for (const locale of LOCALES) {
      const t = translatorFor(locale, "diagnose");
      for (const id of CAUSE_IDS) expect(t(`causes.${id}.title`)).not.toContain("causes.");
      for (const id of DIAGNOSIS_EVENTS) expect(t(`event.${id}`)).not.toContain("event.");
      for (const id of CHANNEL_IDS) expect(t(`channels.${id}.body`)).not.toContain("channels.");
      for (let m = 0; m <= MAX_MONTHS_AGO; m++) expect(t("when.option", { months: m })).not.toMatch(/[{}]/);
      expect(t("results.strong")).not.toBe(t("results.possible"));
    }
  });
});
