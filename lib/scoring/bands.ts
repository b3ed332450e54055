// From score to a simulated limit band: a ladder on the score, then caps that no score can lift.
import type { Profile } from "@/lib/profile/schema";
import { debtBurden, spareMonthlyCapacity } from "./ratios";
import { BAND_IDS, type Band, type BandId } from "./types";

/** The contract's bands, in yuan. */
export const BANDS: Readonly<Record<BandId, { min: number; max: number }>> = {
  B0: { min: 0, max: 0 },
  B1: { min: 1_000, max: 5_000 },
  B2: { min: 5_000, max: 20_000 },
  B3: { min: 20_000, max: 50_000 },
  B4: { min: 50_000, max: 100_000 },
  B5: { min: 100_000, max: 200_000 },
};

/** Lowest score that reaches each band (a judgement, see docs/model.md). */
export const BAND_FLOORS: Readonly<Record<BandId, number>> = { B0: 0, B1: 25, B2: 45, B3: 62, B4: 78, B5: 90 };

/** Debt burden at which the band stops at B2 (the contract's rule). */
export const HIGH_DEBT_BURDEN = 0.6;
const HIGH_DEBT_CAP: BandId = "B2";

/** Months of spare repayment capacity a band's lower edge may assume. */
export const AFFORDABILITY_MONTHS = 12;

export type CapReason = "overdue" | "debt-burden" | "affordability";

export interface BandDecision {
  band: Band;
  /** The band the score alone would give. */
  ladder: BandId;
  /** The rule that lowered the band below the ladder, if any (the strongest one when several do). */
  cappedBy: CapReason | null;
}

const rank = (id: BandId): number => BAND_IDS.indexOf(id);
const bandAt = (index: number): BandId => BAND_IDS[Math.max(0, Math.min(BAND_IDS.length - 1, index))] ?? "B0";

export function ladderBand(score: number): BandId {
  let found: BandId = "B0";
  for (const id of BAND_IDS) if (score >= BAND_FLOORS[id]) found = id;
  return found;
}

/**
 * The highest band whose lower edge twelve months of spare capacity (40% of income less current
 * repayments) could carry. Never below B1: this rule limits how high a band goes; pausing a line (B0)
 * is left to the overdue rule and to very low scores.
 */
export function affordabilityCap(p: Profile): BandId {
  const carry = AFFORDABILITY_MONTHS * spareMonthlyCapacity(p);
  let found: BandId = "B1";
  for (const id of BAND_IDS) if (id !== "B0" && BANDS[id].min <= carry) found = id;
  return found;
}

export function decideBand(score: number, p: Profile): BandDecision {
  const ladder = ladderBand(score);
  let index = rank(ladder);
  let cappedBy: CapReason | null = null;
  const cap = (limit: BandId, reason: CapReason) => {
    if (rank(limit) < index) {
      index = rank(limit);
      cappedBy = reason;
    }
  };
  cap(affordabilityCap(p), "affordability");
  if (debtBurden(p) >= HIGH_DEBT_BURDEN) cap(HIGH_DEBT_CAP, "debt-burden");
  if (p.repayment.currentlyOverdue) cap("B0", "overdue");
  const id = bandAt(index);
  return { band: { id, ...BANDS[id] }, ladder, cappedBy };
}
