// The contract's rules, checked over random valid profiles.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  BANDS, BAND_IDS, DIMENSION_IDS, DONT_IDS, HIGH_DEBT_BURDEN, MODEL_VERSION, WARNING_IDS, WEIGHTS,
  debtBurden, dontsFor, evaluate, ladderBand, scoreProfile,
} from "@/lib/scoring";
import { validProfileArb } from "../fixtures/arbitraries";
import { RUNS, bandRank, PROPERTY_TIMEOUT } from "./scoring-helpers";

const warningIds = (p: Parameters<typeof evaluate>[0]) => evaluate(p).warnings.map((w) => w.id);

describe("scoring: shape of the result", { timeout: PROPERTY_TIMEOUT }, () => {
  it("has the contract's bands", () => {
    expect(BANDS).toEqual({
      B0: { min: 0, max: 0 },
      B1: { min: 1000, max: 5000 },
      B2: { min: 5000, max: 20000 },
      B3: { min: 20000, max: 50000 },
      B4: { min: 50000, max: 100000 },
      B5: { min: 100000, max: 200000 },
    });
    expect(MODEL_VERSION).toBe("2026.2");
  });

  it("has six weights that sum to exactly 1, in either order", () => {
    const weights = DIMENSION_IDS.map((id) => WEIGHTS[id]);
    expect(weights).toHaveLength(6);
    expect(weights.reduce((a, b) => a + b, 0)).toBe(1);
    expect([...weights].reverse().reduce((a, b) => a + b, 0)).toBe(1);
    for (const w of weights) expect(w).toBeGreaterThan(0);
  });

  it("is deterministic", () => {
    fc.assert(
      fc.property(validProfileArb, (p) => {
        const copy = structuredClone(p);
        expect(evaluate(copy)).toEqual(evaluate(p));
        expect(copy).toEqual(p); // evaluating never mutates the profile
      }),
      RUNS,
    );
  });

  it("gives integer scores 0–100, weights summing to 1, a band from the ladder", () => {
    fc.assert(
      fc.property(validProfileArb, (p) => {
        const r = evaluate(p);
        expect(r.modelVersion).toBe(MODEL_VERSION);
        expect(Number.isInteger(r.score)).toBe(true);
        expect(r.score).toBeGreaterThanOrEqual(0);
        expect(r.score).toBeLessThanOrEqual(100);
        expect(r.dimensions.map((d) => d.id)).toEqual([...DIMENSION_IDS]);
        for (const d of r.dimensions) {
          expect(Number.isInteger(d.score)).toBe(true);
          expect(d.score).toBeGreaterThanOrEqual(0);
          expect(d.score).toBeLessThanOrEqual(100);
        }
        expect(r.dimensions.reduce((s, d) => s + d.weight, 0)).toBe(1);
        expect(BAND_IDS).toContain(r.band.id);
        expect({ min: r.band.min, max: r.band.max }).toEqual(BANDS[r.band.id]);
        // The band never exceeds what the score alone would give.
        expect(bandRank(r.band.id)).toBeLessThanOrEqual(bandRank(ladderBand(r.score)));
        // scoreProfile agrees with evaluate.
        expect(scoreProfile(p)).toEqual({ score: r.score, band: r.band, dimensions: r.dimensions });
      }),
      RUNS,
    );
  });

  it("has a ladder that never goes down as the score goes up", () => {
    for (let s = 0; s < 100; s++) expect(bandRank(ladderBand(s + 1))).toBeGreaterThanOrEqual(bandRank(ladderBand(s)));
    expect(ladderBand(0)).toBe("B0");
    expect(ladderBand(100)).toBe("B5");
  });
});

describe("scoring: the contract's rules", { timeout: PROPERTY_TIMEOUT }, () => {
  it("overdue gives B0 and settle-overdue first, with a positive impact", () => {
    fc.assert(
      fc.property(validProfileArb, (p) => {
        const r = evaluate(p);
        if (p.repayment.currentlyOverdue) {
          expect(r.band.id).toBe("B0");
          expect(r.recommendations[0]?.id).toBe("settle-overdue");
          expect(r.recommendations[0]?.impact).toBeGreaterThan(0);
          expect(warningIds(p)).toContain("currently-overdue");
        } else {
          expect(r.recommendations.some((x) => x.id === "settle-overdue")).toBe(false);
          expect(warningIds(p)).not.toContain("currently-overdue");
        }
      }),
      RUNS,
    );
  });

  it("debt burden of 0.6 or more (or no income) caps the band at B2 and warns", () => {
    const heavy = validProfileArb.map((p) => ({
      ...p,
      finances: { ...p.finances, monthlyDebtPayments: Math.min(10_000_000, Math.ceil(p.finances.monthlyIncome * 0.6)) },
    }));
    fc.assert(
      fc.property(fc.oneof(validProfileArb, heavy), (p) => {
        const burden = debtBurden(p);
        const r = evaluate(p);
        if (burden >= HIGH_DEBT_BURDEN) {
          expect(bandRank(r.band.id)).toBeLessThanOrEqual(bandRank("B2"));
          expect(warningIds(p)).toContain("high-debt-burden");
        } else {
          expect(warningIds(p)).not.toContain("high-debt-burden");
        }
        if (p.finances.monthlyIncome === 0) expect(warningIds(p)).toContain("high-debt-burden");
      }),
      RUNS,
    );
  });

  it("3+ lenders or 4+ applications warn of multi-lending, and only then", () => {
    fc.assert(
      fc.property(validProfileArb, (p) => {
        const expected = p.borrowing.activeLenders >= 3 || p.borrowing.applications3m >= 4;
        expect(warningIds(p).includes("multi-lending")).toBe(expected);
      }),
      RUNS,
    );
  });

  it("business use always warns business-use; personal never does", () => {
    fc.assert(
      fc.property(validProfileArb, (p) => {
        expect(warningIds(p).includes("business-use")).toBe(p.purpose === "business");
      }),
      RUNS,
    );
  });

  it("never lets a band's lower edge exceed four months of income (v2's income ceiling; no income, B0)", () => {
    fc.assert(
      fc.property(validProfileArb, (p) => {
        const r = evaluate(p);
        expect(r.band.min).toBeLessThanOrEqual(4 * p.finances.monthlyIncome);
        if (p.finances.monthlyIncome === 0) expect(r.band.id).toBe("B0");
      }),
      RUNS,
    );
  });

  it("lists warnings once each, from the catalogue, in catalogue order", () => {
    fc.assert(
      fc.property(validProfileArb, (p) => {
        const ids = warningIds(p);
        const order = ids.map((id) => (WARNING_IDS as readonly string[]).indexOf(id));
        expect(order.every((i) => i >= 0)).toBe(true);
        expect([...order].sort((a, b) => a - b)).toEqual(order);
        expect(new Set(ids).size).toBe(ids.length);
      }),
      RUNS,
    );
  });

  it("shows the four don'ts to everyone, and the business one to sole traders", () => {
    fc.assert(
      fc.property(validProfileArb, (p) => {
        const donts = dontsFor(p);
        expect(donts).toEqual(
          expect.arrayContaining(["dont-apply-everywhere", "dont-borrow-to-look-active", "dont-pay-limit-services", "dont-speculate"]),
        );
        expect(donts.includes("dont-mix-business-money")).toBe(p.purpose === "business");
        for (const id of donts) expect(DONT_IDS).toContain(id);
      }),
      RUNS,
    );
  });
});
