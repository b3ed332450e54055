// Every message the UI needs for the model exists in both languages, and every placeholder a
// recommendation's text uses is supplied by recommendationFacts (formatted for real, with next-intl).
import fc from "fast-check";
import { createTranslator, type Messages } from "next-intl";
import { describe, expect, it } from "vitest";
import type { Profile } from "@/lib/profile/schema";
import { loadMessages } from "@/lib/i18n/messages";
import type { Translator } from "@/lib/i18n/translate";
import { routing, type Locale } from "@/lib/i18n/routing";
import {
  BAND_IDS, DIMENSION_IDS, DONT_IDS, EFFORTS, FACTOR_IDS, HORIZONS, RECOMMENDATION_IDS, WARNING_IDS,
  dimensionFacts, evaluate, recommendationFacts,
} from "@/lib/scoring";
import { validProfileArb } from "../fixtures/arbitraries";
import { PERSONAS } from "../fixtures/profiles";
import { PROPERTY_TIMEOUT } from "./scoring-helpers";

const LOCALES: readonly Locale[] = routing.locales;

/** A translator for the scoring namespace that fails loudly on any missing key or value. */
function strictTranslator(locale: Locale) {
  const errors: string[] = [];
  const t: Translator = createTranslator({
    locale,
    messages: loadMessages(locale) as Messages,
    namespace: "scoring",
    onError: (e) => errors.push(e.message),
    getMessageFallback: ({ key }) => `MISSING(${key})`,
  });
  return { t, errors };
}

const scoringMessages = (locale: Locale) => (loadMessages(locale) as { scoring?: Record<string, unknown> }).scoring;

/** Every key path of a nested message object, e.g. "recommendations.link-bills.title". */
function keyPaths(node: unknown, prefix = ""): string[] {
  if (typeof node !== "object" || node === null) return [prefix];
  return Object.entries(node).flatMap(([k, v]) => keyPaths(v, prefix ? `${prefix}.${k}` : k));
}

/** What to do, why for this person, how, the measurable target with today's value, and when it shows. */
const RECOMMENDATION_PARTS = ["title", "why", "how", "target", "shows"] as const;

const REQUIRED_KEYS: string[] = [
  ...DIMENSION_IDS.flatMap((id) => [`dimensions.${id}.name`, `dimensions.${id}.about`]),
  ...BAND_IDS.map((id) => `bands.${id}`),
  ...HORIZONS.map((id) => `horizons.${id}`),
  ...EFFORTS.map((id) => `efforts.${id}`),
  ...FACTOR_IDS.map((id) => `factors.${id}`),
  ...RECOMMENDATION_IDS.flatMap((id) => RECOMMENDATION_PARTS.map((part) => `recommendations.${id}.${part}`)),
  ...WARNING_IDS.flatMap((id) => [`warnings.${id}.title`, `warnings.${id}.body`]),
  ...DONT_IDS.flatMap((id) => [`donts.${id}.title`, `donts.${id}.body`]),
];

/** Profiles where each recommendation is offered: the personas first, then random profiles. */
function offeringProfiles(): Map<string, Profile[]> {
  const found = new Map<string, Profile[]>();
  const note = (p: Profile) => {
    for (const r of evaluate(p).recommendations) {
      const list = found.get(r.id) ?? [];
      if (list.length < 25) found.set(r.id, [...list, p]);
    }
  };
  Object.values(PERSONAS).forEach(note);
  fc.sample(validProfileArb, { numRuns: 1500, seed: 20261 }).forEach(note);
  return found;
}

describe("scoring messages", { timeout: PROPERTY_TIMEOUT }, () => {
  it("has every key in both languages, and no key one language lacks", () => {
    for (const locale of LOCALES) {
      const keys = new Set(keyPaths(scoringMessages(locale)));
      for (const key of REQUIRED_KEYS) expect(keys.has(key), `${locale}: ${key}`).toBe(true);
    }
    const [a, b] = LOCALES.map((l) => keyPaths(scoringMessages(l)).sort());
    expect(a).toEqual(b);
  });

  it("formats labels, warnings and don'ts without values", () => {
    for (const locale of LOCALES) {
      const { t, errors } = strictTranslator(locale);
      for (const key of REQUIRED_KEYS.filter((k) => !k.startsWith("recommendations."))) {
        const text = t(key);
        expect(text, `${locale}: ${key}`).not.toMatch(/[{}]|MISSING/);
        expect(text.length).toBeGreaterThan(0);
      }
      expect(errors).toEqual([]);
    }
  });

  it("offers every recommendation somewhere, and its texts format with its facts in both languages", () => {
    const offering = offeringProfiles();
    for (const id of RECOMMENDATION_IDS) {
      const profiles = offering.get(id) ?? [];
      expect(profiles.length, `${id} is never offered`).toBeGreaterThan(0);
      for (const locale of LOCALES) {
        const { t, errors } = strictTranslator(locale);
        for (const p of profiles) {
          const facts = recommendationFacts(id, p);
          for (const part of RECOMMENDATION_PARTS) {
            const text = t(`recommendations.${id}.${part}`, facts);
            expect(text, `${locale} ${id}.${part}`).not.toMatch(/[{}#]|MISSING|undefined|NaN|Infinity/);
          }
        }
        expect(errors, `${locale} ${id}`).toEqual([]);
      }
    }
  });

  it("states each target with today's value, e.g. repayments at 40% of income against 52% today", () => {
    const p: Profile = { ...PERSONAS.typical, finances: { ...PERSONAS.typical.finances, monthlyIncome: 10000, monthlyDebtPayments: 5200 } };
    const en = strictTranslator("en").t("recommendations.lower-debt-burden.target", recommendationFacts("lower-debt-burden", p));
    expect(en).toBe("Repayments at most 40% of income (¥4,000 a month); today 52%");
    const zh = strictTranslator("zh-CN").t("recommendations.lower-debt-burden.target", recommendationFacts("lower-debt-burden", p));
    expect(zh).toContain("40%");
    expect(zh).toContain("目前 52%");
    const lenders = { ...PERSONAS.typical, borrowing: { ...PERSONAS.typical.borrowing, activeLenders: 4 } };
    expect(strictTranslator("en").t("recommendations.reduce-lenders.target", recommendationFacts("reduce-lenders", lenders))).toBe(
      "Owe 1 lender at most; today 4",
    );
  });

  it("fails loudly when a placeholder has no value (so the check above can fail)", () => {
    const { t, errors } = strictTranslator("en");
    t("recommendations.pause-applications.why", {});
    expect(errors.length).toBeGreaterThan(0);
  });

  it("keeps every text short enough for a phone screen", () => {
    const offering = offeringProfiles();
    const limits: Record<Locale, { title: number; body: number }> = { en: { title: 50, body: 230 }, "zh-CN": { title: 20, body: 90 } };
    for (const locale of LOCALES) {
      const { t } = strictTranslator(locale);
      const { title, body } = limits[locale];
      for (const id of RECOMMENDATION_IDS) {
        for (const p of offering.get(id) ?? []) {
          const facts = recommendationFacts(id, p);
          expect(t(`recommendations.${id}.title`, facts).length, `${locale} ${id}.title`).toBeLessThanOrEqual(title);
          expect(t(`recommendations.${id}.why`, facts).length, `${locale} ${id}.why`).toBeLessThanOrEqual(body);
          for (const part of ["how", "target", "shows"]) {
            expect(t(`recommendations.${id}.${part}`, facts).length, `${locale} ${id}.${part}`).toBeLessThanOrEqual(body);
          }
        }
      }
      for (const id of [...WARNING_IDS.map((w) => `warnings.${w}`), ...DONT_IDS.map((d) => `donts.${d}`)]) {
        expect(t(`${id}.title`).length, `${locale} ${id}.title`).toBeLessThanOrEqual(title);
        expect(t(`${id}.body`).length, `${locale} ${id}.body`).toBeLessThanOrEqual(body);
      }
    }
  });

  it("names every factor dimensionFacts can point to", () => {
    for (const locale of LOCALES) {
      const factors = (scoringMessages(locale) as { factors: Record<string, string> }).factors;
      for (const p of Object.values(PERSONAS)) {
        for (const id of DIMENSION_IDS) {
          const { weakest, strongest } = dimensionFacts(id, p);
          if (weakest !== "none") expect(factors[weakest as string], `${locale} ${weakest}`).toBeTruthy();
          expect(factors[strongest as string], `${locale} ${strongest}`).toBeTruthy();
        }
      }
    }
  });
});
