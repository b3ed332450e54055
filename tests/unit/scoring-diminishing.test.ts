// Diminishing returns where real life has them: each extra card, payment, category, month on time, year
// on the platform or yuan of savings adds no more than the one before it (the tenth card less than the
// second), all else equal.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Profile } from "@/lib/profile/schema";
import { rawScore } from "@/lib/scoring/score";
import { businessProfileArb, validProfileArb } from "../fixtures/arbitraries";
import { typical } from "../fixtures/profiles";
import { PROPERTY_TIMEOUT } from "./scoring-helpers";

type Section = "repayment" | "assets" | "ecosystem" | "spending";
const FIELDS: { section: Section; key: string; max: number; unit: number }[] = [
  { section: "ecosystem", key: "cardsLinked", max: 30, unit: 1 },
  { section: "ecosystem", key: "monthlyTransactions", max: 10_000, unit: 1 },
  { section: "ecosystem", key: "accountYears", max: 25, unit: 1 },
  { section: "spending", key: "categories", max: 20, unit: 1 },
  { section: "repayment", key: "onTimeMonths", max: 600, unit: 1 },
  { section: "assets", key: "liquidSavings", max: 1_000_000_000, unit: 1_000 },
  { section: "assets", key: "investments", max: 1_000_000_000, unit: 1_000 },
];

const withValue = (p: Profile, section: Section, key: string, value: number): Profile =>
  ({ ...p, [section]: { ...p[section], [key]: value } }) as Profile;

/** What one more unit of the field adds to the (unrounded) score, from `at`. */
const gain = (p: Profile, f: (typeof FIELDS)[number], at: number) =>
  rawScore(withValue(p, f.section, f.key, at + f.unit)) - rawScore(withValue(p, f.section, f.key, at));

describe("diminishing returns", { timeout: PROPERTY_TIMEOUT }, () => {
  for (const f of FIELDS) {
    it(`${f.key}: a later unit never adds more than an earlier one`, () => {
      const stepsArb = fc.tuple(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 60 }));
      fc.assert(
        fc.property(validProfileArb, stepsArb, (p, [i, j]) => {
          const [a, b] = [Math.min(i, j), Math.max(i, j)].map((k) => Math.min(f.max - f.unit, k * f.unit)) as [number, number];
          expect(gain(p, f, b)).toBeLessThanOrEqual(gain(p, f, a) + 1e-9);
        }),
        { numRuns: 300 },
      );
    });
  }

  it("business.paymentsReceived: a later payment received never adds more than an earlier one", () => {
    const at = (p: Profile, n: number) => rawScore({ ...p, business: { ...p.business!, paymentsReceived: n } });
    const stepsArb = fc.tuple(fc.integer({ min: 0, max: 2000 }), fc.integer({ min: 0, max: 2000 }));
    fc.assert(
      fc.property(businessProfileArb, stepsArb, (p, [i, j]) => {
        const [a, b] = [Math.min(i, j), Math.max(i, j)] as [number, number];
        expect(at(p, b + 1) - at(p, b)).toBeLessThanOrEqual(at(p, a + 1) - at(p, a) + 1e-9);
      }),
      { numRuns: 300 },
    );
  });

  it("the tenth linked card adds far less than the second", () => {
    const cards = FIELDS[0]!;
    const second = gain(typical, cards, 1);
    const tenth = gain(typical, cards, 9);
    expect(second).toBeGreaterThan(0.2); // about a quarter of a point of score
    expect(tenth).toBeLessThan(second / 100);
  });
});
