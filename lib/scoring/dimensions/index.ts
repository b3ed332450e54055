// The six dimensions and their weights. Where each weight comes from is in docs/model.md.
import type { Profile } from "@/lib/profile/schema";
import { DIMENSION_IDS, type DimensionId, type Factor } from "../types";
import { assetsFactors } from "./assets";
import { borrowingFactors } from "./borrowing";
import { ecosystemFactors } from "./ecosystem";
import { financesFactors } from "./finances";
import { repaymentFactors } from "./repayment";
import { spendingFactors } from "./spending";

/** Chosen so that they sum to exactly 1 in floating point, added in any of the usual orders (a test checks). */
export const WEIGHTS: Readonly<Record<DimensionId, number>> = {
  repayment: 0.3,
  borrowing: 0.25,
  finances: 0.22,
  assets: 0.08,
  ecosystem: 0.1,
  spending: 0.05,
};

const FACTORS: Readonly<Record<DimensionId, (p: Profile) => Factor[]>> = {
  repayment: repaymentFactors,
  borrowing: borrowingFactors,
  finances: financesFactors,
  assets: assetsFactors,
  ecosystem: ecosystemFactors,
  spending: spendingFactors,
};

/** Every factor id any dimension can report (business factors only appear for business profiles). */
export const FACTOR_IDS = [
  "currentlyOverdue", "onTimeMonths", "latePayments12m", "autopay",
  "applications3m", "activeLenders", "draws6m", "lineUse", "largestDraw6m",
  "debtBurden", "monthlyIncome", "incomeProof", "monthlyRevenue", "registered", "taxRecords", "paymentsReceived",
  "monthlyPurchases",
  "liquidSavings", "investments", "ownsProperty", "ownsCar", "providentFund",
  "accountYears", "monthlyTransactions", "billsLinked", "cardsLinked", "huabeiActive", "profileComplete", "zhimaScore",
  "monthlySpending", "categories", "largePurchases3m",
] as const;

/**
 * The parts of a profile each dimension reads. Re-scoring after an action recomputes only the dimensions
 * whose parts the action replaced; a dimension that starts reading another part must list it here
 * (tests compare the shortcut with full re-scoring over thousands of random profiles).
 */
export const DIMENSION_INPUTS: Readonly<Record<DimensionId, readonly (keyof Profile)[]>> = {
  repayment: ["repayment"],
  borrowing: ["borrowing", "finances"],
  finances: ["purpose", "finances", "business"],
  assets: ["assets"],
  ecosystem: ["ecosystem"],
  spending: ["spending", "finances"],
};

export function dimensionFactors(id: DimensionId, p: Profile): Factor[] {
  return FACTORS[id](p);
}

/** A dimension's score before rounding: the points its factors earned, 0–100. */
export function rawDimensionScore(id: DimensionId, p: Profile): number {
  let sum = 0;
  for (const f of FACTORS[id](p)) sum += f.earned;
  return Math.min(100, Math.max(0, sum));
}

export { DIMENSION_IDS };
