// The "better when" promise: improving one field in its stated direction, all else equal, never lowers
// the score (and, in this model, never lowers the band either). Non-monotone fields have their shapes tested.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Profile } from "@/lib/profile/schema";
import { profileSchema } from "@/lib/profile/schema";
import { scoreProfile } from "@/lib/scoring";
import { rawScore } from "@/lib/scoring/score";
import { businessProfileArb, validProfileArb } from "../fixtures/arbitraries";
import { typical } from "../fixtures/profiles";
import { RUNS, bandRank, PROPERTY_TIMEOUT } from "./scoring-helpers";

type Section = "repayment" | "borrowing" | "finances" | "assets" | "ecosystem" | "spending" | "business";
type Field =
  | { section: Section; key: string; kind: "higher" | "lower"; max: number; int: boolean }
  | { section: Section; key: string; kind: "bool"; better: boolean };

const FIELDS: Field[] = [
  { section: "repayment", key: "onTimeMonths", kind: "higher", max: 600, int: true },
  { section: "repayment", key: "latePayments12m", kind: "lower", max: 60, int: true },
  { section: "repayment", key: "currentlyOverdue", kind: "bool", better: false },
  { section: "repayment", key: "autopay", kind: "bool", better: true },
  { section: "borrowing", key: "applications3m", kind: "lower", max: 100, int: true },
  { section: "borrowing", key: "activeLenders", kind: "lower", max: 50, int: true },
  { section: "borrowing", key: "largestDraw6m", kind: "lower", max: 1_000_000, int: false },
  { section: "finances", key: "monthlyIncome", kind: "higher", max: 10_000_000, int: false },
  { section: "finances", key: "monthlyDebtPayments", kind: "lower", max: 10_000_000, int: false },
  { section: "finances", key: "usedLimit", kind: "lower", max: 1_000_000, int: false },
  { section: "finances", key: "incomeProof", kind: "bool", better: true },
  { section: "assets", key: "liquidSavings", kind: "higher", max: 1_000_000_000, int: false },
  { section: "assets", key: "investments", kind: "higher", max: 1_000_000_000, int: false },
  { section: "assets", key: "ownsProperty", kind: "bool", better: true },
  { section: "assets", key: "ownsCar", kind: "bool", better: true },
  { section: "assets", key: "providentFund", kind: "bool", better: true },
  { section: "assets", key: "declared", kind: "bool", better: true },
  { section: "ecosystem", key: "accountYears", kind: "higher", max: 25, int: false },
  { section: "ecosystem", key: "monthlyTransactions", kind: "higher", max: 10_000, int: true },
  { section: "ecosystem", key: "billsLinked", kind: "bool", better: true },
  { section: "ecosystem", key: "cardsLinked", kind: "higher", max: 30, int: true },
  { section: "ecosystem", key: "huabeiActive", kind: "bool", better: true },
  { section: "ecosystem", key: "profileComplete", kind: "bool", better: true },
  { section: "ecosystem", key: "zhimaScore", kind: "higher", max: 950, int: true },
  { section: "spending", key: "categories", kind: "higher", max: 20, int: true },
  { section: "business", key: "registered", kind: "bool", better: true },
  { section: "business", key: "monthlyRevenue", kind: "higher", max: 1_000_000_000, int: false },
  { section: "business", key: "taxRecords", kind: "bool", better: true },
  { section: "business", key: "paymentsReceived", kind: "higher", max: 100_000, int: true },
];

/** A step in the better direction: `t` = 0 means the smallest step (one unit), otherwise a share of the way to the end. */
function improved(value: number, field: Extract<Field, { kind: "higher" | "lower" }>, t: number): number {
  if (field.kind === "higher") {
    const next = t === 0 ? value + 1 : value + t * (field.max - value);
    return Math.min(field.max, field.int ? Math.ceil(next) : next);
  }
  const next = t === 0 ? value - 1 : value - t * value;
  return Math.max(0, field.int ? Math.floor(next) : next);
}

/** The profile with one field improved, or null when that field cannot be improved (null, at its best, absent). */
function improve(p: Profile, field: Field, t: number): Profile | null {
  const section = p[field.section] as Record<string, unknown> | undefined;
  if (!section) return null;
  const value = section[field.key];
  let next: unknown;
  if (field.kind === "bool") {
    if (value === field.better) return null;
    next = field.better;
  } else {
    if (typeof value !== "number") return null; // a null is a separate state, not a number to improve
    next = improved(value, field, t);
    if (next === value) return null;
  }
  return { ...p, [field.section]: { ...section, [field.key]: next } } as Profile;
}

const stepArb = fc.oneof(fc.constant(0), fc.double({ min: 0.0001, max: 1, noNaN: true }), fc.constant(1));

describe("scoring: monotone in every 'better when' field", { timeout: PROPERTY_TIMEOUT }, () => {
  for (const field of FIELDS) {
    const name = `${field.section}.${field.key}`;
    it(`${name}: improving it never lowers the score or the band`, () => {
      const profiles = field.section === "business" ? businessProfileArb : validProfileArb;
      fc.assert(
        fc.property(profiles, stepArb, (p, t) => {
          const better = improve(p, field, t);
          if (better === null) return;
          expect(profileSchema.safeParse(better).success).toBe(true);
          const before = scoreProfile(p);
          const after = scoreProfile(better);
          expect(after.score).toBeGreaterThanOrEqual(before.score);
          expect(bandRank(after.band.id)).toBeGreaterThanOrEqual(bandRank(before.band.id));
        }),
        RUNS,
      );
    });
  }

  it("every 'better when' field really moves the model (before rounding)", () => {
    // Guards against a field silently dropping out of the model, which would pass the properties above.
    for (const field of FIELDS) {
      const base: Profile = field.section === "business"
        ? { ...typical, purpose: "business", business: { registered: false, monthlyRevenue: 0, taxRecords: false, paymentsReceived: null, monthlyPurchases: null } }
        : typical;
      const worst: Profile = structuredClone(base);
      const section = worst[field.section] as Record<string, unknown>;
      if (field.kind === "bool") section[field.key] = !field.better;
      else section[field.key] = field.kind === "higher" ? (field.key === "zhimaScore" ? 350 : 0) : field.key === "usedLimit" ? worst.finances.currentLimit : field.max;
      const best = improve(worst, field, 1);
      expect(best, field.key).not.toBeNull();
      const gain = rawScore(best as Profile) - rawScore(worst);
      expect(gain, `${field.section}.${field.key}`).toBeGreaterThan(0);
    }
  });
});

describe("scoring: shapes of the fields that are not monotone", { timeout: PROPERTY_TIMEOUT }, () => {
  const withDraws = (draws6m: number) => scoreProfile({ ...typical, borrowing: { ...typical.borrowing, draws6m } }).score;
  const withSpending = (monthlySpending: number) =>
    scoreProfile({ ...typical, spending: { ...typical.spending, monthlySpending } }).score;
  const withLarge = (largePurchases3m: number) =>
    scoreProfile({ ...typical, spending: { ...typical.spending, largePurchases3m } }).score;

  it("draws6m: an unused line and very frequent draws are both weaker than steady use", () => {
    expect(withDraws(0)).toBeLessThan(withDraws(3));
    expect(withDraws(40)).toBeLessThan(withDraws(3));
    expect(withDraws(1)).toBe(withDraws(6));
    expect(withDraws(12)).toBeLessThan(withDraws(6));
  });

  it("monthlySpending: none is weak, steady is best, above income is weak", () => {
    const income = typical.finances.monthlyIncome;
    expect(withSpending(0)).toBeLessThan(withSpending(3000));
    expect(withSpending(income * 2)).toBeLessThan(withSpending(3000));
  });

  it("largePurchases3m: up to 2 is fine, many is weak", () => {
    expect(withLarge(0)).toBe(withLarge(2));
    expect(withLarge(10)).toBeLessThan(withLarge(2));
  });

  it("business.monthlyPurchases: none seen is weak, purchases within revenue are best, purchases above revenue are weak", () => {
    const shop = (monthlyPurchases: number | null) =>
      scoreProfile({
        ...typical,
        purpose: "business",
        business: { registered: true, monthlyRevenue: 50_000, taxRecords: true, paymentsReceived: 300, monthlyPurchases },
      }).score;
    expect(shop(0)).toBeLessThan(shop(25_000));
    expect(shop(null)).toBe(shop(0)); // what the platform cannot see, it cannot count
    expect(shop(40_000)).toBe(shop(25_000)); // up to 80% of revenue: an ordinary trading business
    expect(shop(100_000)).toBeLessThan(shop(25_000));
  });

  it("an unknown usedLimit or Zhima score is neutral: between the best and the worst known values", () => {
    const limit = 20_000;
    const line = (usedLimit: number | null) =>
      scoreProfile({ ...typical, finances: { ...typical.finances, currentLimit: limit, usedLimit } }).score;
    expect(line(null)).toBeLessThanOrEqual(line(0));
    expect(line(null)).toBeGreaterThanOrEqual(line(limit));
    const zhima = (zhimaScore: number | null) =>
      scoreProfile({ ...typical, ecosystem: { ...typical.ecosystem, zhimaScore } }).score;
    expect(zhima(null)).toBeLessThanOrEqual(zhima(950));
    expect(zhima(null)).toBeGreaterThanOrEqual(zhima(350));
  });
});
