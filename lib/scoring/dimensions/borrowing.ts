// Borrowing: how the person uses credit. FICO's new credit (inquiries) and part of amounts owed (how much
// of the line is in use); multi-lending (多头借贷) and draw frequency are what the Jiebei guidance stresses.
import type { Profile } from "@/lib/profile/schema";
import { fallsBetween } from "../curves";
import { lineUtilization } from "../ratios";
import type { Factor } from "../types";
import { factor } from "./factor";

/** Credit for the line's use when balance or limit is unknown: roughly a line a little over half used. */
export const UNKNOWN_UTILIZATION_CREDIT = 0.6;

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
  return [
    // Each application in 3 months costs about 30% of what is left: 1 → 0.70, 2 → 0.50, 4 → 0.25.
    factor("applications3m", 30, Math.exp(-0.35 * b.applications3m)),
    // One lender is ordinary; each one beyond it costs about a third of what is left.
    factor("activeLenders", 30, b.activeLenders <= 1 ? 1 : Math.exp(-0.4 * (b.activeLenders - 1))),
    factor("draws6m", 20, drawsCredit(b.draws6m)),
    // Up to 30% of the limit in use is full credit, falling to none at 100%.
    factor("lineUse", 20, utilization === null ? UNKNOWN_UTILIZATION_CREDIT : fallsBetween(utilization, 0.3, 1)),
  ];
}
