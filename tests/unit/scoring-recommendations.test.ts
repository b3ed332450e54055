// Recommendations: offered only when they change the profile and raise its re-scored score; ranked
// deterministically; every apply() keeps the profile valid.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { profileSchema, type Profile } from "@/lib/profile/schema";
import {
  CATALOGUE, EFFORT_WEIGHTS, HORIZONS, RECOMMENDATION_IDS, debtBurden, evaluate, recommendationFacts, scoreProfile,
} from "@/lib/scoring";
import { validProfileArb } from "../fixtures/arbitraries";
import { PERSONAS, highDebt, multiLender, overdue, soleTrader, strongSaver, thinFile, typical } from "../fixtures/profiles";
import { RUNS, PROPERTY_TIMEOUT } from "./scoring-helpers";

const CONTRACT_IDS = [
  "settle-overdue", "enable-autopay", "pause-applications", "reduce-lenders", "lower-debt-burden", "space-out-draws",
  "use-and-repay", "grow-savings", "link-bills", "complete-profile", "link-cards", "diversify-spending",
  "add-income-proof", "business-records",
];

const offeredIds = (p: Profile) => evaluate(p).recommendations.map((r) => r.id);

describe("recommendations: catalogue", { timeout: PROPERTY_TIMEOUT }, () => {
  it("contains every id the contract names, once each", () => {
    expect(RECOMMENDATION_IDS).toEqual(expect.arrayContaining(CONTRACT_IDS));
    expect(new Set(RECOMMENDATION_IDS).size).toBe(RECOMMENDATION_IDS.length);
    for (const id of RECOMMENDATION_IDS) expect(CATALOGUE[id].id).toBe(id);
  });

  it("every apply() returns a valid profile and leaves its input untouched", () => {
    fc.assert(
      fc.property(validProfileArb, (p) => {
        const before = structuredClone(p);
        for (const id of RECOMMENDATION_IDS) {
          const after = CATALOGUE[id].apply(p);
          const parsed = profileSchema.safeParse(after);
          expect(parsed.success, `${id}: ${JSON.stringify(parsed.error?.issues)}`).toBe(true);
        }
        expect(p).toEqual(before);
      }),
      RUNS,
    );
  });

  it("every recommendation's facts have the same keys for every profile", () => {
    const keysOf = (id: string, p: Profile) => Object.keys(recommendationFacts(id, p)).sort();
    fc.assert(
      fc.property(validProfileArb, (p) => {
        for (const id of RECOMMENDATION_IDS) {
          expect(keysOf(id, p)).toEqual(keysOf(id, typical));
          for (const v of Object.values(recommendationFacts(id, p))) {
            if (typeof v === "number") expect(Number.isInteger(v)).toBe(true);
          }
        }
      }),
      RUNS,
    );
  });
});

describe("recommendations: offered and ranked", { timeout: PROPERTY_TIMEOUT }, () => {
  it("impact is exactly the re-scored gain, always positive, and the action changes the profile", () => {
    fc.assert(
      fc.property(validProfileArb, (p) => {
        const { score, recommendations } = evaluate(p);
        for (const r of recommendations) {
          const def = CATALOGUE[r.id as keyof typeof CATALOGUE];
          expect(def, r.id).toBeDefined();
          const after = def.apply(p);
          expect(after).not.toEqual(p);
          expect(r.impact).toBe(scoreProfile(after).score - score);
          expect(r.impact).toBeGreaterThan(0);
          expect(r.horizon).toBe(def.horizon);
          expect(r.effort).toBe(def.effort);
        }
      }),
      RUNS,
    );
  });

  it("leaves out no action that would help and suits the person", () => {
    fc.assert(
      fc.property(validProfileArb, (p) => {
        const offered = new Set(offeredIds(p));
        const { score } = scoreProfile(p);
        for (const id of RECOMMENDATION_IDS) {
          const def = CATALOGUE[id];
          const helps = scoreProfile(def.apply(p)).score > score && (!def.suits || def.suits(p));
          expect(offered.has(id), id).toBe(helps || (id === "settle-overdue" && p.repayment.currentlyOverdue));
        }
      }),
      RUNS,
    );
  });

  it("ids are unique and from the catalogue; order is impact per effort, then horizon, then id", () => {
    fc.assert(
      fc.property(validProfileArb, (p) => {
        const recs = evaluate(p).recommendations;
        const ids = recs.map((r) => r.id);
        expect(new Set(ids).size).toBe(ids.length);
        for (const id of ids) expect(RECOMMENDATION_IDS).toContain(id);
        const ranked = p.repayment.currentlyOverdue ? recs.slice(1) : recs;
        for (let i = 1; i < ranked.length; i++) {
          const a = ranked[i - 1]!;
          const b = ranked[i]!;
          const va = a.impact / EFFORT_WEIGHTS[a.effort];
          const vb = b.impact / EFFORT_WEIGHTS[b.effort];
          expect(va).toBeGreaterThanOrEqual(vb);
          if (va === vb) {
            const ha = HORIZONS.indexOf(a.horizon);
            const hb = HORIZONS.indexOf(b.horizon);
            expect(ha).toBeLessThanOrEqual(hb);
            if (ha === hb) expect(a.id < b.id).toBe(true);
          }
        }
      }),
      RUNS,
    );
  });

  it("never tells a stretched or overdue borrower to borrow", () => {
    fc.assert(
      fc.property(validProfileArb, (p) => {
        if (p.repayment.currentlyOverdue || debtBurden(p) >= 0.4 || p.borrowing.activeLenders >= 3) {
          expect(offeredIds(p)).not.toContain("use-and-repay");
        }
        if (p.purpose === "personal") expect(offeredIds(p)).not.toContain("business-records");
      }),
      RUNS,
    );
  });
});

describe("recommendations: personas", { timeout: PROPERTY_TIMEOUT }, () => {
  it("overdue: B0, settle first", () => {
    const r = evaluate(overdue);
    expect(r.band.id).toBe("B0");
    expect(r.recommendations[0]?.id).toBe("settle-overdue");
  });

  it("multiLender: warned, told to stop applying and cut lenders", () => {
    expect(evaluate(multiLender).warnings.map((w) => w.id)).toContain("multi-lending");
    expect(offeredIds(multiLender).slice(0, 3)).toEqual(expect.arrayContaining(["pause-applications", "reduce-lenders"]));
    expect(offeredIds(multiLender)).toContain("space-out-draws");
  });

  it("highDebt: at most B2, told to lower the burden, never to borrow", () => {
    const r = evaluate(highDebt);
    expect(["B0", "B1", "B2"]).toContain(r.band.id);
    expect(offeredIds(highDebt)).toContain("lower-debt-burden");
    expect(offeredIds(highDebt)).not.toContain("use-and-repay");
    expect(recommendationFacts("lower-debt-burden", highDebt)).toEqual({
      ratioPct: 70, targetPct: 40, debtPayments: 7000, targetPayments: 4000,
    });
  });

  it("thinFile: told to use the line lightly and fill in the basics", () => {
    expect(offeredIds(thinFile)).toEqual(expect.arrayContaining(["use-and-repay", "enable-autopay", "complete-profile", "link-bills"]));
  });

  it("soleTrader: business records offered, business warning", () => {
    expect(offeredIds(soleTrader)).toContain("business-records");
    expect(evaluate(soleTrader).warnings.map((w) => w.id)).toContain("business-use");
  });

  it("strongSaver scores higher than every other persona", () => {
    const strong = evaluate(strongSaver).score;
    for (const [name, p] of Object.entries(PERSONAS)) if (p !== strongSaver) expect(evaluate(p).score, name).toBeLessThan(strong);
  });

  it("every persona is a valid profile", () => {
    for (const [name, p] of Object.entries(PERSONAS)) expect(profileSchema.safeParse(p).success, name).toBe(true);
  });
});
