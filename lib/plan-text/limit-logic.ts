// What the plan page says about the band, worked out from a v2 result without any wording: what holds
// the band and what would lift it, how sure the model is and why, and how much each step moves.
// Pure, so it is unit-tested (tests/unit/plan-limit-logic.test.ts); the words live in the `limit` catalogue.
import type { Profile } from "@/lib/profile/schema";
import {
  BAND_IDS,
  type BandId,
  type Cap,
  type CapReason,
  type Gain,
  type Recommendation,
  type RecommendationV2,
  type Result,
} from "@/lib/scoring/types";

const rank = (id: BandId): number => BAND_IDS.indexOf(id);
export const isAbove = (a: BandId, b: BandId): boolean => rank(a) > rank(b);
const next = (id: BandId): BandId => BAND_IDS[Math.min(rank(id) + 1, BAND_IDS.length - 1)] ?? id;

/** The answers a cap's `lift` can name that are amounts of money: shown to the plan's owner only. */
export const MONEY_LIFTS = ["finances.monthlyIncome", "finances.monthlyDebtPayments"] as const;
/** Answers that are counts of months or years, not amounts: anyone may read them. */
export const COUNT_LIFTS = ["repayment.onTimeMonths", "ecosystem.accountYears"] as const;
export type MoneyLift = (typeof MONEY_LIFTS)[number];
export type CountLift = (typeof COUNT_LIFTS)[number];

export type LiftSay =
  /** A step of the plan removes the cap. */
  | { kind: "step"; id: string }
  /** An amount would: `to` is the band the cap then allows. Carries a profile-derived amount. */
  | { kind: "money"; field: MoneyLift; value: number; to: BandId }
  | { kind: "count"; field: CountLift; value: number; to: BandId }
  /** Something would, but not one this page can name: said in general words. */
  | { kind: "other"; to: BandId };

export interface CapSay {
  reason: CapReason;
  /** The band the cap holds the result at. */
  band: BandId;
  /** The band the score alone reaches, when the cap holds the result below it. */
  ladder: BandId | null;
  lift: LiftSay | null;
}

/** What to say about the cap of a result, or null when no cap holds the band. */
export function capSay(result: Pick<Result, "band" | "ladderBand" | "cap">): CapSay | null {
  const { cap, band, ladderBand } = result;
  if (!cap) return null;
  return {
    reason: cap.reason,
    band: band.id,
    ladder: isAbove(ladderBand, band.id) ? ladderBand : null,
    lift: liftSay(cap, band.id, ladderBand),
  };
}

/** The catalogue key of a cap's sentence: no income at all reads better said plainly than "capped at paused". */
export function capKey(cap: Pick<CapSay, "reason" | "band">): string {
  return cap.reason === "income" && cap.band === "B0" ? "cap.incomeNone" : `cap.${cap.reason}`;
}

function liftSay(cap: Cap, band: BandId, ladder: BandId): LiftSay | null {
  if (cap.liftedBy) return { kind: "step", id: cap.liftedBy };
  if (!cap.lift || !Number.isFinite(cap.lift.value)) return null;
  // The contract's lift reaches the next band; never claim more than the score alone reaches.
  const to = isAbove(ladder, band) ? next(band) : band;
  if (to === band) return null;
  const path = cap.lift.path.join(".");
  if ((MONEY_LIFTS as readonly string[]).includes(path)) return { kind: "money", field: path as MoneyLift, value: cap.lift.value, to };
  if ((COUNT_LIFTS as readonly string[]).includes(path)) return { kind: "count", field: path as CountLift, value: cap.lift.value, to };
  return { kind: "other", to };
}

/** The contract's gain label; a step stored by model v1 has none, so it is read from its impact the same way. */
export function gainOf(r: Recommendation | RecommendationV2): Gain {
  if ("gain" in r && r.gain) return r.gain;
  return r.impact >= 8 ? "large" : r.impact >= 3 ? "medium" : "small";
}

/** The band a step alone moves the plan to, when it moves it up at all. */
export function movesTo(r: Recommendation | RecommendationV2, band: BandId): BandId | null {
  return "bandAfter" in r && r.bandAfter && isAbove(r.bandAfter, band) ? r.bandAfter : null;
}

export const CONFIDENCE_REASONS = [
  "zhimaUnknown",
  "usedLimitUnknown",
  "largestDrawUnknown",
  "currentLimitUnknown",
  "businessUnknown",
  "thinRecord",
] as const;
export type ConfidenceReason = (typeof CONFIDENCE_REASONS)[number];

/**
 * What lowers the model's confidence for this person: each "I don't know" and a thin record (the
 * contract's rule). Whether an answer is known is no amount, so anyone may read these.
 */
export function confidenceReasons(p: Profile): ConfidenceReason[] {
  const found: ConfidenceReason[] = [];
  if (p.ecosystem.zhimaScore === null) found.push("zhimaUnknown");
  if (p.finances.usedLimit === null) found.push("usedLimitUnknown");
  if (p.borrowing.largestDraw6m === null) found.push("largestDrawUnknown");
  if (p.finances.currentLimit === null) found.push("currentLimitUnknown");
  if (p.business && (p.business.paymentsReceived === null || p.business.monthlyPurchases === null)) found.push("businessUnknown");
  // The contract's thin record: under 6 months of on-time repayment and under a year on the platform.
  if (p.repayment.onTimeMonths < 6 && p.ecosystem.accountYears < 1) found.push("thinRecord");
  return found;
}

/** Why the model sees a cut coming: the cap's reason first, then the warnings (ids for the catalogues). */
export function atRiskReasons(result: Pick<Result, "cap" | "warnings">): { cap: CapReason | null; warnings: string[] } {
  return { cap: result.cap?.reason ?? null, warnings: result.warnings.map((w) => w.id) };
}
