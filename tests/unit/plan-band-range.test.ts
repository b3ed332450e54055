import { describe, expect, it } from "vitest";
import { bandDisplay, formatBandRange, MONEY_FORMAT } from "@/lib/plan-text/band-range";
import type { TranslationValues } from "next-intl";
import type { Translator } from "@/lib/i18n/translate";
import { translatorFor } from "@/lib/i18n/translator";

const fake: Translator = Object.assign(
  (key: string, values?: TranslationValues) => (key === "range" ? `${values?.min} – ${values?.max}` : `<${key}>`),
  { has: () => true },
);

describe("bandDisplay", () => {
  it("treats B0 and zero-width bands as paused", () => {
    expect(bandDisplay({ id: "B0", min: 0, max: 0 })).toEqual({ kind: "paused" });
    expect(bandDisplay({ id: "B2", min: 0, max: 0 })).toEqual({ kind: "paused" });
  });

  it("gives the range of any other band, low end first", () => {
    expect(bandDisplay({ id: "B3", min: 20000, max: 50000 })).toEqual({ kind: "range", min: 20000, max: 50000 });
    expect(bandDisplay({ id: "B3", min: 50000, max: 20000 })).toEqual({ kind: "range", min: 20000, max: 50000 });
  });
});

describe("formatBandRange", () => {
  const en = new Intl.NumberFormat("en", MONEY_FORMAT);
  const zh = new Intl.NumberFormat("zh-CN", MONEY_FORMAT);

  it("formats money with the plain yuan sign and grouping in both locales", () => {
    expect(formatBandRange({ id: "B3", min: 20000, max: 50000 }, en.format, fake)).toBe("¥20,000 – ¥50,000");
    expect(formatBandRange({ id: "B5", min: 100000, max: 200000 }, zh.format, fake)).toBe("¥100,000 – ¥200,000");
  });

  it("uses the paused sentence for B0, with the key the caller chooses", () => {
    expect(formatBandRange({ id: "B0", min: 0, max: 0 }, en.format, fake)).toBe("<paused>");
    expect(formatBandRange({ id: "B0", min: 0, max: 0 }, en.format, fake, "pausedShort")).toBe("<pausedShort>");
  });

  it("reads naturally with the real catalogue in both languages", () => {
    for (const locale of ["en", "zh-CN"] as const) {
      const t = translatorFor(locale, "plan.band");
      const money = new Intl.NumberFormat(locale, MONEY_FORMAT).format;
      const text = formatBandRange({ id: "B1", min: 1000, max: 5000 }, money, t);
      expect(text).toContain("¥1,000");
      expect(text).toContain("¥5,000");
      expect(formatBandRange({ id: "B0", min: 0, max: 0 }, money, t)).not.toMatch(/paused$|^plan\./);
    }
  });
});
