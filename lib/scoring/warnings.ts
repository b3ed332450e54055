// Warnings: facts about the profile the person must see, whatever the score. (v1's `affordability-cap`
// is retired with the affordability cap; what holds a band down is now the result's `cap`.)
import type { Profile } from "@/lib/profile/schema";
import { HIGH_DEBT_BURDEN } from "./caps";
import { debtBurden } from "./ratios";
import type { Warning } from "./types";

/** In the order they are shown. */
export const WARNING_IDS = ["currently-overdue", "high-debt-burden", "multi-lending", "business-use"] as const;
export type WarningId = (typeof WARNING_IDS)[number];

export const MULTI_LENDING_LENDERS = 3;
export const MULTI_LENDING_APPLICATIONS = 4;

export const isMultiLending = (p: Profile): boolean =>
  p.borrowing.activeLenders >= MULTI_LENDING_LENDERS || p.borrowing.applications3m >= MULTI_LENDING_APPLICATIONS;

const RULES: Record<WarningId, (p: Profile) => boolean> = {
  "currently-overdue": (p) => p.repayment.currentlyOverdue,
  "high-debt-burden": (p) => debtBurden(p) >= HIGH_DEBT_BURDEN,
  "multi-lending": isMultiLending,
  "business-use": (p) => p.purpose === "business",
};

export function warningsFor(p: Profile): Warning[] {
  return WARNING_IDS.filter((id) => RULES[id](p)).map((id) => ({ id }));
}
