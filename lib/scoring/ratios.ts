// Ratios shared by dimensions, band caps, warnings and message facts, so that all of them agree.
import type { Profile } from "@/lib/profile/schema";

/** Monthly debt repayments / monthly income. No income counts as the worst case (the contract's rule). */
export function debtBurden(p: Profile): number {
  const { monthlyIncome, monthlyDebtPayments } = p.finances;
  return monthlyIncome > 0 ? monthlyDebtPayments / monthlyIncome : Number.POSITIVE_INFINITY;
}

/** Balance / limit on the line, or null when either is unknown or there is no limit to use. */
export function lineUtilization(p: Profile): number | null {
  const { currentLimit, usedLimit } = p.finances;
  if (currentLimit === null || usedLimit === null || currentLimit <= 0) return null;
  return usedLimit / currentLimit;
}

/**
 * Largest single draw in 6 months / limit. 0 when nothing was drawn (whatever the limit); null when the
 * draw is unknown, or a draw was made and the limit is unknown (or zero, e.g. since cut).
 */
export function largestDrawShare(p: Profile): number | null {
  const draw = p.borrowing.largestDraw6m;
  const limit = p.finances.currentLimit;
  if (draw === null) return null;
  if (draw === 0) return 0;
  if (limit === null || limit <= 0) return null;
  return draw / limit;
}

/** Spending through the platform / income. Spending with no income is unsustainable; nothing of nothing is 0. */
export function spendingToIncome(p: Profile): number {
  const { monthlyIncome } = p.finances;
  const spending = p.spending.monthlySpending;
  if (monthlyIncome > 0) return spending / monthlyIncome;
  return spending > 0 ? Number.POSITIVE_INFINITY : 0;
}

/** Business purchases through the platform / revenue, or null when not known. Purchases with no revenue: ∞. */
export function purchasesToRevenue(p: Profile): number | null {
  const b = p.business;
  if (!b || b.monthlyPurchases === null) return null;
  if (b.monthlyRevenue > 0) return b.monthlyPurchases / b.monthlyRevenue;
  return b.monthlyPurchases > 0 ? Number.POSITIVE_INFINITY : 0;
}
