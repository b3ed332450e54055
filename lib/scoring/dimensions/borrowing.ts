// Borrowing: how the person uses credit. FICO's new credit (inquiries) and part of amounts owed (how much
// of the line is in use); multi-lending (多头借贷), inquiries, draw frequency and one-off draws of the whole
// line are what the Jiebei guidance stresses.
import type { Profile } from "@/lib/profile/schema";
import { fallsBetween } from "../curves";
import { largestDrawShare, lineUtilization } from "../ratios";
import type { Factor } from "../types";
import { factor } from "./factor";

/** A share of the line that counts as ordinary use: up to it, full credit (balance and single draws alike). */
export const ORDINARY_SHARE = 0.3;

/** "Don't know" never scores better than half the line: an unknown balance or largest draw counts as 50%. */
export const UNKNOWN_SHARE = 0.5;

/** Credit for a share of the line (balance or largest draw): full up to 30%, none at 100%. */
export const shareCredit = (share: number): number => fallsBetween(share, ORDINARY_SHARE, 1);

/**
 * Not monotone. 0 draws: an unused line tells the lender little (0.4). 1–6 in six months: steady use (1).
 * 7–12: falling to 0.7. 13–36: falling to 0.1, the pattern of someone short of money. Beyond 36: 0.1.
 */
export function drawsCredit(draws: number): number {
  if (draws <= 0) return 0.4;
  if (draws <= 6) return 1;
  if (draws <= 12) return 1 - 0.05 * (draws - 6);
  if (draws <= 36) return 0.7 - 0.025 * (draws - 12);
  return 0.1;
}

export function borrowingFactors(p: Profile): Factor[] {
  const b = p.borrowing;
  const utilization = lineUtilization(p);
  const draw = largestDrawShare(p);
  return [
    // Each application in 3 months keeps about 70% of what is left: 1 → 0.70, 2 → 0.50, 4 → 0.25.
    factor("applications3m", 30, Math.exp(-0.35 * b.applications3m)),
    // One lender is ordinary; each one beyond it costs about a third of what is left.
    factor("activeLenders", 35, b.activeLenders <= 1 ? 1 : Math.exp(-0.4 * (b.activeLenders - 1))),
    factor("draws6m", 10, drawsCredit(b.draws6m)),
    factor("lineUse", 15, shareCredit(utilization ?? UNKNOWN_SHARE)),
    factor("largestDraw6m", 10, shareCredit(draw ?? UNKNOWN_SHARE)),
  ];
}
