// Warnings: facts about the profile the person must see, whatever the score.
import type { Profile } from "@/lib/profile/schema";
import type { BandDecision } from "./bands";
import { HIGH_DEBT_BURDEN } from "./bands";
import { debtBurden } from "./ratios";
import type { Warning } from "./types";

/** In the order they are shown. */
export const WARNING_IDS = [
  "currently-overdue",
  "high-debt-burden",
  "multi-lending",
  "affordability-cap",
  "business-use",
] as const;
export type WarningId = (typeof WARNING_IDS)[number];

export const MULTI_LENDING_LENDERS = 3;
export const MULTI_LENDING_APPLICATIONS = 4;

const RULES: Record<WarningId, (p: Profile, decision: BandDecision) => boolean> = {
  "currently-overdue": (p) => p.repayment.currentlyOverdue,
  "high-debt-burden": (p) => debtBurden(p) >= HIGH_DEBT_BURDEN,
  "multi-lending": (p) =>
    p.borrowing.activeLenders >= MULTI_LENDING_LENDERS || p.borrowing.applications3m >= MULTI_LENDING_APPLICATIONS,
  // Only when income, not the score, is what holds the band down, and no stronger warning already says so.
  "affordability-cap": (p, d) =>
    d.cappedBy === "affordability" && !p.repayment.currentlyOverdue && debtBurden(p) < HIGH_DEBT_BURDEN,
  "business-use": (p) => p.purpose === "business",
};

export function warningsFor(p: Profile, decision: BandDecision): Warning[] {
  return WARNING_IDS.filter((id) => RULES[id](p, decision)).map((id) => ({ id }));
}
