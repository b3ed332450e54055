// The shortcuts that keep evaluation fast must give exactly the numbers of the slow, obvious way.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Profile } from "@/lib/profile/schema";
import { CATALOGUE, RECOMMENDATION_IDS } from "@/lib/scoring";
import { DIMENSION_IDS, WEIGHTS, dimensionFactors } from "@/lib/scoring/dimensions";
import { sameProfile } from "@/lib/scoring/recommendations/same-profile";
import { rawDimensions, rawDimensionsAfter, rawScore } from "@/lib/scoring/score";
import { validProfileArb } from "../fixtures/arbitraries";
import { typical } from "../fixtures/profiles";
import { PROPERTY_TIMEOUT, RUNS } from "./scoring-helpers";

/** The obvious way: add up every factor of every dimension. */
const slowRaw = (p: Profile): number[] =>
  DIMENSION_IDS.map((id) => Math.min(100, Math.max(0, dimensionFactors(id, p).reduce((s, f) => s + f.earned, 0))));

const PARTS = ["purpose", "repayment", "borrowing", "finances", "assets", "ecosystem", "spending", "business"] as const;

describe("scoring shortcuts", { timeout: PROPERTY_TIMEOUT }, () => {
  it("raw dimensions and the raw score are the plain sums", () => {
    fc.assert(
      fc.property(validProfileArb, (p) => {
        const raw = slowRaw(p);
        expect(rawDimensions(p)).toEqual(raw);
        let sum = 0;
        DIMENSION_IDS.forEach((id, i) => (sum += WEIGHTS[id] * raw[i]!));
        expect(rawScore(p)).toBe(sum);
      }),
      RUNS,
    );
  });

  it("re-scoring only the touched dimensions equals re-scoring all, for any part replaced", () => {
    // Parts of another random profile swapped in, one or several at a time: every dimension that reads a
    // part must list it in DIMENSION_INPUTS, or this fails.
    const swapArb = fc.tuple(validProfileArb, validProfileArb, fc.subarray([...PARTS], { minLength: 1 }));
    fc.assert(
      fc.property(swapArb, ([p, q, parts]) => {
        const after = { ...p } as Record<string, unknown>;
        for (const part of parts) after[part] = (q as Record<string, unknown>)[part];
        const changed = after as unknown as Profile;
        expect(rawDimensionsAfter(p, rawDimensions(p), changed)).toEqual(slowRaw(changed));
      }),
      RUNS,
    );
  });

  it("re-scoring after each catalogue action equals re-scoring all", () => {
    fc.assert(
      fc.property(validProfileArb, (p) => {
        const raw = rawDimensions(p);
        for (const id of RECOMMENDATION_IDS) {
          const after = CATALOGUE[id].apply(p);
          expect(rawDimensionsAfter(p, raw, after), id).toEqual(slowRaw(after));
        }
      }),
      RUNS,
    );
  });

  it("sameProfile says what JSON equality says", () => {
    fc.assert(
      fc.property(validProfileArb, validProfileArb, (p, q) => {
        expect(sameProfile(p, q)).toBe(JSON.stringify(p) === JSON.stringify(q));
        expect(sameProfile(p, structuredClone(p))).toBe(true);
        for (const id of RECOMMENDATION_IDS) {
          const after = CATALOGUE[id].apply(p);
          expect(sameProfile(after, p), id).toBe(JSON.stringify(after) === JSON.stringify(p));
        }
      }),
      RUNS,
    );
    const changed = { ...typical, ecosystem: { ...typical.ecosystem, cardsLinked: 9 } };
    expect(sameProfile(changed, typical)).toBe(false);
    expect(sameProfile({ ...typical, purpose: "business" }, typical)).toBe(false);
  });
});
