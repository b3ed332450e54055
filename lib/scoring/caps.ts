// The caps: rules that hold the band down whatever the score. Each names what lifts it: a step
// (`liftedBy`) or, where no step can, the answer that would (`lift`). v1's affordability cap is retired.
import type { Profile } from "@/lib/profile/schema";
import { BANDS } from "./band-table";
import { debtBurden } from "./ratios";
import { BAND_IDS, type BandId, type Cap, type CapReason } from "./types";

/** Debt burden at which the band stops at B2 (the contract's rule). */
export const HIGH_DEBT_BURDEN = 0.6;
const HIGH_DEBT_CAP: BandId = "B2";

/**
 * A band's lower edge never exceeds this many months of net income: one third of a year's income, the
 * ceiling on an online micro-loan balance in the 2020 draft rules for online micro-lending (a draft).
 */
export const INCOME_CEILING_MONTHS = 4;

/** A thin record: fewer than this many months on time and under THIN_YEARS on the platform. */
export const THIN_MONTHS = 6;
export const THIN_YEARS = 1;
const THIN_FILE_CAP: BandId = "B2";

/** The highest band whose lower edge four months of income reach (B0 with no income at all). */
export function incomeCeilingBand(monthlyIncome: number): BandId {
  const ceiling = INCOME_CEILING_MONTHS * monthlyIncome;
  let found: BandId = "B0";
  for (const id of BAND_IDS) if (BANDS[id].min <= ceiling) found = id;
  return found;
}

/** The monthly income from which the income ceiling allows `band` (whole yuan). */
export const incomeForBand = (band: BandId): number => Math.ceil(BANDS[band].min / INCOME_CEILING_MONTHS);

export const isThinFile = (p: Profile): boolean =>
  p.repayment.onTimeMonths < THIN_MONTHS && p.ecosystem.accountYears < THIN_YEARS;

const rankOf = (id: BandId): number => BAND_IDS.indexOf(id);

/** Every cap that holds for the profile, strongest first when two allow the same band (this order). */
export function capsFor(p: Profile): { band: BandId; cap: Cap }[] {
  const caps: { band: BandId; cap: Cap }[] = [];
  const add = (band: BandId, reason: CapReason, liftedBy: string | null, lift: Cap["lift"]) =>
    caps.push({ band, cap: { reason, liftedBy, lift } });
  if (p.repayment.currentlyOverdue) add("B0", "overdue", "settle-overdue", null);
  const income = incomeCeilingBand(p.finances.monthlyIncome);
  if (income !== "B5") {
    const next = BAND_IDS[rankOf(income) + 1] as BandId;
    add(income, "income", null, { path: ["finances", "monthlyIncome"], value: incomeForBand(next) });
  }
  // With no income the income ceiling (B0) already holds; the burden rule still names its step.
  if (debtBurden(p) >= HIGH_DEBT_BURDEN) add(HIGH_DEBT_CAP, "debt-burden", "lower-debt-burden", null);
  if (isThinFile(p)) add(THIN_FILE_CAP, "thin-file", null, { path: ["repayment", "onTimeMonths"], value: THIN_MONTHS });
  return caps;
}

/** The strongest cap below the ladder's rank (the lowest band; ties keep capsFor's order), or null. */
export function strongestCap(p: Profile, ladderRank: number): { band: BandId; cap: Cap } | null {
  let best: { band: BandId; cap: Cap } | null = null;
  let bestRank = ladderRank;
  for (const c of capsFor(p)) {
    const r = rankOf(c.band);
    if (r < bestRank) {
      best = c;
      bestRank = r;
    }
  }
  return best;
}
