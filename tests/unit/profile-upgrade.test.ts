// The v1 → v2 upgrade, per the contract's rule, over random v1 profiles: every v1 answer kept, each new
// answer the one the contract names, the result a valid v2 profile that the model scores.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { anyProfileSchema } from "@/lib/profile/any-profile";
import { profileSchema } from "@/lib/profile/schema";
import { upgradeProfile } from "@/lib/profile/upgrade";
import { evaluate } from "@/lib/scoring";
import { validProfileArb, validProfileV1Arb } from "../fixtures/arbitraries";
import { PERSONAS_V1 } from "../fixtures/profiles";

describe("profile v1 → v2 upgrade", () => {
  it("keeps every v1 answer and adds the contract's answers", () => {
    fc.assert(
      fc.property(validProfileV1Arb, (v1) => {
        const before = structuredClone(v1);
        const v2 = upgradeProfile(v1);
        expect(v1).toEqual(before); // the input is left as it was
        expect(profileSchema.safeParse(v2).success).toBe(true);
        expect(v2.version).toBe(2);
        expect(v2.purpose).toBe(v1.purpose);
        expect(v2.repayment).toEqual(v1.repayment);
        expect(v2.ecosystem).toEqual(v1.ecosystem);
        expect(v2.spending).toEqual(v1.spending);
        expect(v2.borrowing).toEqual({ ...v1.borrowing, largestDraw6m: null });
        const source = v1.finances.monthlyIncome === 0 ? "none" : v1.purpose === "business" ? "business" : "salary";
        expect(v2.finances).toEqual({ ...v1.finances, incomeSource: source, incomeProof: v1.assets.providentFund });
        expect(v2.assets).toEqual({ ...v1.assets, declared: false });
        if (v1.business) expect(v2.business).toEqual({ ...v1.business, paymentsReceived: null, monthlyPurchases: null });
        else expect("business" in v2).toBe(false);
      }),
      { numRuns: 1000 },
    );
  });

  it("is what every call does with a v1 body, and leaves a v2 profile as it is", () => {
    fc.assert(
      fc.property(validProfileV1Arb, validProfileArb, (v1, v2) => {
        expect(anyProfileSchema.parse(v1)).toEqual(upgradeProfile(v1));
        expect(anyProfileSchema.parse(v2)).toEqual(v2);
        expect(upgradeProfile(v2)).toBe(v2);
      }),
      { numRuns: 300 },
    );
  });

  it("upgraded personas are scored with their unknowns counted as unknowns", () => {
    for (const [name, v1] of Object.entries(PERSONAS_V1)) {
      const r = evaluate(upgradeProfile(v1));
      expect(r.confidence, name).not.toBe("high"); // largestDraw6m is unknown after an upgrade
    }
  });
});
