// The rules contract v2 adds, over random v2 profiles: the income ceiling, the thin record, caps that
// name what lifts them (and the lift working), the ladder band, the outlook against today's line,
// confidence, and "don't know" never scoring better than an honest answer.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Profile } from "@/lib/profile/schema";
import {
  BANDS, CATALOGUE, capsFor, evaluate, incomeForBand, ladderBand, scoreProfile, type BandId, type Result,
} from "@/lib/scoring";
import { validProfileArb } from "../fixtures/arbitraries";
import { typical } from "../fixtures/profiles";
import { PROPERTY_TIMEOUT, RUNS, bandRank } from "./scoring-helpers";

const BAND_ORDER: BandId[] = ["B0", "B1", "B2", "B3", "B4", "B5"];
const next = (id: BandId): BandId => BAND_ORDER[Math.min(5, bandRank(id) + 1)]!;

/** Profiles where the v2 caps bite: thin records, small or no incomes, heavy debts, overdue. */
const capArb: fc.Arbitrary<Profile> = fc
  .tuple(
    validProfileArb,
    fc.constantFrom(0, 100, 600, 1500, 3000, 6000, 9000, 15000, 30000),
    fc.constantFrom(0, 2, 5, 12),
    fc.constantFrom(0, 0.5, 3),
    fc.constantFrom(0, 0.3, 0.7, 1.2),
  )
  .map(([p, income, months, years, burden]) => ({
    ...p,
    repayment: { ...p.repayment, onTimeMonths: months },
    finances: { ...p.finances, monthlyIncome: income, monthlyDebtPayments: Math.round(income * burden) },
    ecosystem: { ...p.ecosystem, accountYears: years },
  }));
const anyArb = fc.oneof(validProfileArb, capArb);

/** The band holding a known limit, written out from the contract's bands (an open line under ¥1,000 is B1). */
function bandOfLimit(limit: number): BandId {
  if (limit >= 100_000) return "B5";
  if (limit >= 50_000) return "B4";
  if (limit >= 20_000) return "B3";
  if (limit >= 5_000) return "B2";
  return "B1";
}

/** The profile with the cap's lift applied: its step, or the answer it names. */
function lifted(p: Profile, cap: NonNullable<Result["cap"]>): Profile {
  if (cap.liftedBy) return CATALOGUE[cap.liftedBy as keyof typeof CATALOGUE].apply(p);
  const [section, key] = cap.lift!.path as [keyof Profile, string];
  return { ...p, [section]: { ...(p[section] as object), [key]: cap.lift!.value } } as Profile;
}

describe("model v2: bands and caps", { timeout: PROPERTY_TIMEOUT }, () => {
  it("ladderBand is the score's band; the band is below it exactly when a cap holds it, at the cap's band", () => {
    fc.assert(
      fc.property(anyArb, (p) => {
        const r = evaluate(p);
        expect(r.ladderBand).toBe(ladderBand(r.score));
        if (r.cap === null) expect(r.band.id).toBe(r.ladderBand);
        else {
          expect(bandRank(r.band.id)).toBeLessThan(bandRank(r.ladderBand));
          // The strongest cap: no cap that holds allows a lower band.
          const held = capsFor(p);
          expect(held.some((c) => c.cap.reason === r.cap!.reason && c.band === r.band.id)).toBe(true);
          for (const c of held) expect(bandRank(c.band)).toBeGreaterThanOrEqual(bandRank(r.band.id));
        }
      }),
      RUNS,
    );
  });

  it("income ceiling: band.min ≤ 4 × income; under it the cap is `income`, lifted by the income of the next band", () => {
    fc.assert(
      fc.property(anyArb, (p) => {
        const r = evaluate(p);
        expect(r.band.min).toBeLessThanOrEqual(4 * p.finances.monthlyIncome);
        if (p.finances.monthlyIncome === 0) {
          expect(r.band.id).toBe("B0");
          if (!p.repayment.currentlyOverdue && r.ladderBand !== "B0") expect(r.cap?.reason).toBe("income");
        }
        if (r.cap?.reason === "income") {
          expect(r.cap.liftedBy).toBeNull();
          expect(r.cap.lift).toEqual({ path: ["finances", "monthlyIncome"], value: BANDS[next(r.band.id)].min / 4 });
          expect(r.cap.lift!.value).toBe(incomeForBand(next(r.band.id)));
          expect(4 * p.finances.monthlyIncome).toBeLessThan(BANDS[next(r.band.id)].min);
        }
      }),
      RUNS,
    );
  });

  it("thin record: under 6 months on time and under a year on the platform, at most B2 (cap thin-file)", () => {
    fc.assert(
      fc.property(anyArb, (p) => {
        const r = evaluate(p);
        const thin = p.repayment.onTimeMonths < 6 && p.ecosystem.accountYears < 1;
        if (thin) expect(bandRank(r.band.id)).toBeLessThanOrEqual(bandRank("B2"));
        if (r.cap?.reason === "thin-file") {
          expect(thin).toBe(true);
          expect(r.cap).toEqual({ reason: "thin-file", liftedBy: null, lift: { path: ["repayment", "onTimeMonths"], value: 6 } });
        }
      }),
      RUNS,
    );
  });

  it("overdue and debt-burden caps name their step", () => {
    fc.assert(
      fc.property(anyArb, (p) => {
        const r = evaluate(p);
        if (r.cap?.reason === "overdue") expect(r.cap).toEqual({ reason: "overdue", liftedBy: "settle-overdue", lift: null });
        if (r.cap?.reason === "debt-burden") {
          expect(r.cap).toEqual({ reason: "debt-burden", liftedBy: "lower-debt-burden", lift: null });
          expect(p.finances.monthlyDebtPayments / p.finances.monthlyIncome).toBeGreaterThanOrEqual(0.6);
        }
      }),
      RUNS,
    );
  });

  it("applying a cap's lift removes that cap, never lowers the band, and raises it when that cap alone held it", () => {
    let raised = 0;
    fc.assert(
      fc.property(anyArb, (p) => {
        const r = evaluate(p);
        if (!r.cap) return;
        const after = lifted(p, r.cap);
        const rank = bandRank(r.band.id);
        expect(capsFor(after).some((c) => c.cap.reason === r.cap!.reason && bandRank(c.band) <= rank)).toBe(false);
        const bandAfter = scoreProfile(after).band.id;
        expect(bandRank(bandAfter)).toBeGreaterThanOrEqual(rank);
        const alone = capsFor(p).filter((c) => bandRank(c.band) <= rank).length === 1;
        if (alone) {
          expect(bandRank(bandAfter), JSON.stringify(r.cap)).toBeGreaterThan(rank);
          raised++;
          // A step that lifts the only cap is offered, as a band mover.
          if (r.cap.liftedBy) {
            const step = r.recommendations.find((x) => x.id === r.cap!.liftedBy);
            expect(step?.gain).toBe("large");
            expect(bandRank(step!.bandAfter)).toBeGreaterThan(rank);
          }
        }
      }),
      RUNS,
    );
    expect(raised).toBeGreaterThan(50); // the property really ran on lifted caps
  });

  it("the debt-burden step aims below the cap's edge: after it the burden is at most 40%", () => {
    const heavy: Profile = { ...typical, finances: { ...typical.finances, monthlyIncome: 10_000, monthlyDebtPayments: 7_000 } };
    const r = evaluate(heavy);
    expect(r.cap?.reason).toBe("debt-burden");
    const after = CATALOGUE["lower-debt-burden"].apply(heavy);
    expect(after.finances.monthlyDebtPayments).toBe(4_000);
    expect(bandRank(scoreProfile(after).band.id)).toBeGreaterThan(bandRank(r.band.id));
  });
});

describe("model v2: outlook and confidence", { timeout: PROPERTY_TIMEOUT }, () => {
  it("outlook compares the band with the band holding today's known limit, and is null without one", () => {
    fc.assert(
      fc.property(anyArb, (p) => {
        const { outlook, band } = evaluate(p);
        const limit = p.finances.currentLimit;
        if (limit === null || limit <= 0) {
          expect(outlook).toBeNull();
          return;
        }
        const today = bandRank(bandOfLimit(limit));
        expect(outlook).toBe(bandRank(band.id) > today ? "grow" : bandRank(band.id) === today ? "hold" : "at-risk");
      }),
      RUNS,
    );
  });

  it("a graduate with a ¥2,000 line and a homeowner with ¥80,000 are read against their own lines", () => {
    const line = (p: Profile, currentLimit: number) => evaluate({ ...p, finances: { ...p.finances, currentLimit, usedLimit: 0 } });
    expect(line(typical, 2_000).outlook).toBe("grow");
    expect(line(typical, 200_000).outlook).toBe("at-risk");
  });

  it("each 'don't know' and a thin record can only lower confidence; high needs neither", () => {
    const rank = { low: 0, medium: 1, high: 2 } as const;
    const unknowns: ((p: Profile) => Profile)[] = [
      (p) => ({ ...p, ecosystem: { ...p.ecosystem, zhimaScore: null } }),
      (p) => ({ ...p, finances: { ...p.finances, usedLimit: null } }),
      (p) => ({ ...p, finances: { ...p.finances, currentLimit: null } }),
      (p) => ({ ...p, borrowing: { ...p.borrowing, largestDraw6m: null } }),
      (p) => ({ ...p, repayment: { ...p.repayment, onTimeMonths: 0 }, ecosystem: { ...p.ecosystem, accountYears: 0 } }),
    ];
    fc.assert(
      fc.property(anyArb, (p) => {
        const c = rank[evaluate(p).confidence];
        for (const make of unknowns) expect(rank[evaluate(make(p)).confidence]).toBeLessThanOrEqual(c);
        if (evaluate(p).confidence === "high") {
          expect(p.ecosystem.zhimaScore).not.toBeNull();
          expect(p.borrowing.largestDraw6m).not.toBeNull();
          expect(p.repayment.onTimeMonths >= 6 || p.ecosystem.accountYears >= 1).toBe(true);
        }
      }),
      RUNS,
    );
    const known: Profile = { ...typical, borrowing: { ...typical.borrowing, largestDraw6m: 3000 } };
    expect(evaluate(known).confidence).toBe("high");
    expect(evaluate({ ...known, ecosystem: { ...known.ecosystem, zhimaScore: null } }).confidence).toBe("medium");
  });
});

describe("model v2: don't know is never the better answer", { timeout: PROPERTY_TIMEOUT }, () => {
  const notWorse = (unknown: Profile, honest: Profile) => {
    const u = scoreProfile(unknown);
    const h = scoreProfile(honest);
    expect(u.score).toBeLessThanOrEqual(h.score);
    expect(bandRank(u.band.id)).toBeLessThanOrEqual(bandRank(h.band.id));
  };
  const withLine = validProfileArb.map((p) => ({
    ...p,
    finances: { ...p.finances, currentLimit: Math.max(1_000, p.finances.currentLimit ?? 20_000), usedLimit: 0 },
  }));

  it("zhimaScore null scores no higher than 600", () => {
    fc.assert(
      fc.property(validProfileArb, (p) =>
        notWorse({ ...p, ecosystem: { ...p.ecosystem, zhimaScore: null } }, { ...p, ecosystem: { ...p.ecosystem, zhimaScore: 600 } }),
      ),
      RUNS,
    );
  });

  it("usedLimit null scores no higher than half the line used", () => {
    fc.assert(
      fc.property(withLine, (p) => {
        const half = p.finances.currentLimit / 2;
        notWorse({ ...p, finances: { ...p.finances, usedLimit: null } }, { ...p, finances: { ...p.finances, usedLimit: half } });
      }),
      RUNS,
    );
  });

  it("largestDraw6m null scores no higher than a draw of half the line", () => {
    fc.assert(
      fc.property(withLine, (p) => {
        const half = p.finances.currentLimit / 2;
        notWorse({ ...p, borrowing: { ...p.borrowing, largestDraw6m: null } }, { ...p, borrowing: { ...p.borrowing, largestDraw6m: half } });
      }),
      RUNS,
    );
  });

  it("the checks above can fail: an honest 950 or an empty line scores higher than not knowing", () => {
    const zhima = (zhimaScore: number | null) => scoreProfile({ ...typical, ecosystem: { ...typical.ecosystem, zhimaScore } }).score;
    expect(zhima(950)).toBeGreaterThan(zhima(null));
    expect(zhima(null)).toBe(zhima(600));
  });
});
