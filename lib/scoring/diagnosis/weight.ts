// How much each cause costs in the model's own terms: the score points its factors lose (factor points
// missed × the dimension's weight). Ranks causes of the same strength, so the ranking follows the model.
import type { Profile } from "@/lib/profile/schema";
import { WEIGHTS, dimensionFactors } from "../dimensions";
import type { DimensionId } from "../types";
import type { CauseId } from "./types";

/** The model's factors behind each cause (a factor the model no longer has simply counts nothing). */
const FACTORS: Readonly<Record<CauseId, readonly (readonly [DimensionId, string])[]>> = {
  overdue: [["repayment", "currentlyOverdue"]],
  "late-payments": [["repayment", "latePayments12m"]],
  "many-applications": [["borrowing", "applications3m"]],
  "multi-lending": [["borrowing", "activeLenders"]],
  "high-debt-burden": [["finances", "debtBurden"]],
  "line-maxed": [["borrowing", "lineUse"]],
  "frequent-draws": [["borrowing", "draws6m"]],
  "large-draw": [["borrowing", "largestDraw6m"]],
  "unused-line": [["borrowing", "draws6m"]],
  "thin-record": [["repayment", "onTimeMonths"], ["ecosystem", "accountYears"]],
  "income-ceiling": [["finances", "monthlyIncome"]],
  "lender-review": [],
};

export function causeWeight(p: Profile, id: CauseId): number {
  let lost = 0;
  for (const [dimension, factorId] of FACTORS[id]) {
    for (const f of dimensionFactors(dimension, p)) {
      if (f.id === factorId) lost += WEIGHTS[dimension] * (f.max - f.earned);
    }
  }
  return lost;
}
