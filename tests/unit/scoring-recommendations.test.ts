// Recommendations: offered only when they fit the person, change the profile and gain enough when it is
// re-scored (2 points, or a band); labelled by gain and the band after; ranked deterministically, band
// movers first; every apply() keeps the profile valid.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { profileSchema, type Profile } from "@/lib/profile/schema";
import {
  CATALOGUE, EFFORT_WEIGHTS, HORIZONS, RECOMMENDATION_IDS, debtBurden, evaluate, recommendationFacts, scoreProfile,
  type RecommendationV2,
} from "@/lib/scoring";
import { validProfileArb } from "../fixtures/arbitraries";
import { PERSONAS, highDebt, multiLender, overdue, soleTrader, strongSaver, thinFile, typical } from "../fixtures/profiles";
import { RUNS, PROPERTY_TIMEOUT, bandRank } from "./scoring-helpers";

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

/** Someone with something to repay (the contract's condition for autopay, a clean year and repaying a balance). */
const owes = (p: Profile) =>
  p.borrowing.activeLenders > 0 || p.finances.monthlyDebtPayments > 0 || (p.finances.usedLimit ?? 0) > 0 || p.ecosystem.huabeiActive;

describe("recommendations: offered and ranked", { timeout: PROPERTY_TIMEOUT }, () => {
  it("impact is exactly the re-scored gain; bandAfter the band after this step alone; the step changes the profile", () => {
    fc.assert(
      fc.property(validProfileArb, (p) => {
        const { score, recommendations } = evaluate(p);
        for (const r of recommendations) {
          const def = CATALOGUE[r.id as keyof typeof CATALOGUE];
          expect(def, r.id).toBeDefined();
          const after = def.apply(p);
          expect(after).not.toEqual(p);
          const rescored = scoreProfile(after);
          expect(r.impact).toBe(rescored.score - score);
          expect(r.impact).toBeGreaterThan(0);
          expect(r.bandAfter).toBe(rescored.band.id);
          expect(r.horizon).toBe(def.horizon);
          expect(r.effort).toBe(def.effort);
        }
      }),
      RUNS,
    );
  });

  it("gain: large when the band moves or impact ≥ 8, medium from 3, else small; under 2 points with no band move, not offered", () => {
    fc.assert(
      fc.property(validProfileArb, (p) => {
        const { band, recommendations } = evaluate(p);
        for (const r of recommendations) {
          const moves = bandRank(r.bandAfter) > bandRank(band.id);
          expect(r.gain, r.id).toBe(moves || r.impact >= 8 ? "large" : r.impact >= 3 ? "medium" : "small");
          if (!(r.id === "settle-overdue" && p.repayment.currentlyOverdue)) expect(r.impact >= 2 || moves, r.id).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it("leaves out no step that fits the person and gains 2 points or a band", () => {
    fc.assert(
      fc.property(validProfileArb, (p) => {
        const offered = new Set(offeredIds(p));
        const { score, band } = scoreProfile(p);
        for (const id of RECOMMENDATION_IDS) {
          const def = CATALOGUE[id];
          const after = scoreProfile(def.apply(p));
          const gain = after.score - score;
          const enough = gain > 0 && (gain >= 2 || bandRank(after.band.id) > bandRank(band.id));
          const helps = enough && (!def.suits || def.suits(p));
          expect(offered.has(id), id).toBe(helps || (id === "settle-overdue" && p.repayment.currentlyOverdue));
        }
      }),
      RUNS,
    );
  });

  it("ids are unique; band movers first, then impact per effort, then horizon, then id (overdue and multi-lending aside)", () => {
    fc.assert(
      fc.property(validProfileArb, (p) => {
        const { band, recommendations: recs } = evaluate(p);
        const ids = recs.map((r) => r.id);
        expect(new Set(ids).size).toBe(ids.length);
        for (const id of ids) expect(RECOMMENDATION_IDS).toContain(id);
        // The two rules that lift a step ahead of its rank are checked below; here, the rest keeps the order.
        const lifted = new Set<RecommendationV2>();
        if (p.repayment.currentlyOverdue) lifted.add(recs[0]!);
        const multi = p.borrowing.activeLenders >= 3 || p.borrowing.applications3m >= 4;
        if (multi) for (const r of recs.slice(0, 2)) if (r.id === "reduce-lenders" || r.id === "pause-applications") lifted.add(r);
        const ranked = recs.filter((r) => !lifted.has(r));
        const moves = (r: RecommendationV2) => bandRank(r.bandAfter) > bandRank(band.id);
        for (let i = 1; i < ranked.length; i++) {
          const a = ranked[i - 1]!;
          const b = ranked[i]!;
          if (moves(a) !== moves(b)) {
            expect(moves(a)).toBe(true);
            continue;
          }
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

  it("with multi-lending, reduce-lenders or pause-applications is among the first two (after settle-overdue)", () => {
    const multiArb = validProfileArb.map((p) => ({
      ...p,
      borrowing: { ...p.borrowing, activeLenders: Math.max(3, p.borrowing.activeLenders % 8) },
    }));
    fc.assert(
      fc.property(fc.oneof(validProfileArb, multiArb), (p) => {
        const ids = offeredIds(p);
        if (p.repayment.currentlyOverdue) expect(ids[0]).toBe("settle-overdue");
        const multi = p.borrowing.activeLenders >= 3 || p.borrowing.applications3m >= 4;
        if (!multi) return;
        expect(ids.some((id) => id === "reduce-lenders" || id === "pause-applications")).toBe(true);
        expect(ids.slice(0, 2).some((id) => id === "reduce-lenders" || id === "pause-applications"), ids.join()).toBe(true);
      }),
      RUNS,
    );
  });

  it("offers each step only to someone it fits (the contract's relevance rules)", () => {
    fc.assert(
      fc.property(validProfileArb, (p) => {
        const ids = new Set(offeredIds(p));
        const limit = p.finances.currentLimit;
        for (const id of ["enable-autopay", "rebuild-record", "repay-line-balance"]) if (ids.has(id)) expect(owes(p), id).toBe(true);
        if (ids.has("use-and-repay")) {
          expect(limit !== null && limit > 0).toBe(true);
          expect(p.borrowing.draws6m).toBe(0);
          expect(debtBurden(p)).toBeLessThan(0.4);
        }
        if (ids.has("add-income-proof")) {
          expect(p.finances.incomeProof).toBe(false);
          expect(p.finances.incomeSource).not.toBe("none");
          expect(CATALOGUE["add-income-proof"].apply(p).finances.incomeProof).toBe(true);
        }
        if (ids.has("declare-assets")) {
          expect(p.assets.declared).toBe(false);
          expect(p.assets.ownsProperty || p.assets.ownsCar || p.assets.investments > 0).toBe(true);
        }
        if (ids.has("borrow-what-you-need")) {
          expect(limit !== null && limit > 0 && (p.borrowing.largestDraw6m ?? 0) > limit / 2).toBe(true);
        }
        if (ids.has("business-records")) {
          expect(p.business && !(p.business.registered && p.business.taxRecords)).toBe(true);
          // Only what is missing: someone registered is never "registered" again.
          const after = CATALOGUE["business-records"].apply(p);
          if (p.business!.registered) expect(after.business?.registered).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it("never tells a stretched, late or overdue borrower to borrow", () => {
    fc.assert(
      fc.property(validProfileArb, (p) => {
        if (p.repayment.currentlyOverdue || debtBurden(p) >= 0.4 || p.borrowing.activeLenders >= 3 || p.repayment.latePayments12m > 0) {
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

  it("multiLender: warned, told first to stop applying and cut lenders", () => {
    expect(evaluate(multiLender).warnings.map((w) => w.id)).toContain("multi-lending");
    expect(offeredIds(multiLender).slice(0, 2)).toEqual(expect.arrayContaining(["pause-applications", "reduce-lenders"]));
  });

  it("highDebt: at most B2, told first to lower the burden (which moves the band), never to borrow", () => {
    const r = evaluate(highDebt);
    expect(["B0", "B1", "B2"]).toContain(r.band.id);
    expect(r.recommendations[0]).toMatchObject({ id: "lower-debt-burden", gain: "large", bandAfter: "B3" });
    expect(offeredIds(highDebt)).not.toContain("use-and-repay");
    expect(recommendationFacts("lower-debt-burden", highDebt)).toEqual({
      ratioPct: 70, targetPct: 40, debtPayments: 7000, targetPayments: 4000,
    });
  });

  it("thinFile: nothing to repay and no known line, so no autopay, no use-and-repay; income proof instead", () => {
    const ids = offeredIds(thinFile);
    expect(ids).not.toContain("enable-autopay");
    expect(ids).not.toContain("use-and-repay");
    expect(ids).toContain("add-income-proof");
  });

  it("soleTrader: business records offered (licence and tax records both missing), business warning", () => {
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
