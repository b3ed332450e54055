// Edge cases by hand, and the explanation helpers.
import { describe, expect, it } from "vitest";
import type { Profile } from "@/lib/profile/schema";
import { DIMENSION_IDS, dimensionBreakdown, dimensionFacts, evaluate, recommendationFacts, scoreProfile } from "@/lib/scoring";
import { highDebt, soleTrader, strongSaver, thinFile, typical } from "../fixtures/profiles";

const withFinances = (p: Profile, f: Partial<Profile["finances"]>): Profile => ({ ...p, finances: { ...p.finances, ...f } });

describe("edge cases", () => {
  it("no income counts as the worst debt burden, even with no debts", () => {
    const r = evaluate(withFinances(typical, { monthlyIncome: 0, monthlyDebtPayments: 0 }));
    expect(r.warnings.map((w) => w.id)).toContain("high-debt-burden");
    expect(["B0", "B1", "B2"]).toContain(r.band.id);
  });

  it("the income ceiling follows income: more income, never a lower band", () => {
    const bands = [3000, 6000, 10000, 20000, 40000].map((monthlyIncome) =>
      evaluate(withFinances(strongSaver, { monthlyIncome, monthlyDebtPayments: 0 })).band.id,
    );
    expect(bands).toEqual([...bands].sort());
    expect(bands[0]).toBe("B2"); // 4 × ¥3,000 = ¥12,000: enough for B2's lower edge, not B3's
    expect(bands.at(-1)).toBe("B5");
  });

  it("says what holds the band down and what would lift it", () => {
    // ¥9,000 a month: four months reach B3's lower edge (¥20,000), not B4's (¥50,000, from ¥12,500 a month).
    expect(evaluate(typical)).toMatchObject({
      band: { id: "B3" },
      ladderBand: "B4",
      cap: { reason: "income", liftedBy: null, lift: { path: ["finances", "monthlyIncome"], value: 12500 } },
    });
    expect(evaluate(withFinances(typical, { monthlyIncome: 12500 })).band.id).toBe("B4");
    expect(evaluate(strongSaver).cap).toBeNull();
    expect(evaluate(highDebt).cap).toEqual({ reason: "debt-burden", liftedBy: "lower-debt-burden", lift: null });
  });

  it("a known line with no balance scores better than the same line full", () => {
    const empty = scoreProfile(withFinances(typical, { currentLimit: 20000, usedLimit: 0 })).score;
    const full = scoreProfile(withFinances(typical, { currentLimit: 20000, usedLimit: 20000 })).score;
    expect(empty).toBeGreaterThan(full);
  });

  it("gives plain integer facts: percent and whole yuan", () => {
    expect(recommendationFacts("pause-applications", { ...typical, borrowing: { ...typical.borrowing, applications3m: 5 } }))
      .toEqual({ applications: 5 });
    expect(recommendationFacts("repay-line-balance", typical)).toEqual({ usedPct: 40, targetPct: 30, used: 8000, targetUsed: 6000 });
    expect(recommendationFacts("grow-savings", thinFile)).toEqual({ savings: 2000, targetSavings: 15000 });
    expect(recommendationFacts("business-records", soleTrader)).toEqual({ registered: "no", taxRecords: "no" });
    expect(recommendationFacts("lower-debt-burden", withFinances(typical, { monthlyIncome: 0 })).ratioPct).toBe(999);
    expect(recommendationFacts("no-such-id", typical)).toEqual({});
  });
});

describe("explanations", () => {
  it("a dimension's breakdown adds up to its score, with maxima summing to 100", () => {
    for (const p of [typical, thinFile, soleTrader, highDebt]) {
      const { dimensions } = scoreProfile(p);
      for (const id of DIMENSION_IDS) {
        const factors = dimensionBreakdown(id, p);
        expect(factors.reduce((s, f) => s + f.max, 0)).toBe(100);
        const earned = factors.reduce((s, f) => s + f.earned, 0);
        expect(Math.abs(earned - (dimensions.find((d) => d.id === id)?.score ?? -1))).toBeLessThanOrEqual(1);
        for (const f of factors) expect(f.earned).toBeLessThanOrEqual(f.max);
      }
    }
  });

  it("names the factor that cost a dimension most", () => {
    // Autopay is a convenience (5 of 100 points): a short on-time streak costs more.
    expect(dimensionFacts("repayment", typical)).toMatchObject({ weakest: "onTimeMonths", weakestLost: 8 });
    expect(dimensionFacts("finances", highDebt).weakest).toBe("debtBurden");
    const knownDraw = { ...strongSaver, borrowing: { ...strongSaver.borrowing, largestDraw6m: 5000 } };
    expect(dimensionFacts("borrowing", knownDraw)).toMatchObject({ weakest: "none", weakestLost: 0 });
    // Not knowing the largest draw costs what a draw of half the line would.
    expect(dimensionFacts("borrowing", strongSaver)).toMatchObject({ weakest: "largestDraw6m", weakestLost: 3 });
  });
});
