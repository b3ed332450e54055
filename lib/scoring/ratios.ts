// Ratios shared by dimensions, band caps, warnings and message facts, so that all of them agree.
import type { Profile } from "@/lib/profile/schema";

/** Share of income the person's own repayments would take if they added new borrowing. */
export const AFFORDABLE_SHARE = 0.4;

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

/** Spending through the platform / income. Spending with no income is unsustainable; nothing of nothing is 0. */
export function spendingToIncome(p: Profile): number {
  const { monthlyIncome } = p.finances;
  const spending = p.spending.monthlySpending;
  if (monthlyIncome > 0) return spending / monthlyIncome;
  return spending > 0 ? Number.POSITIVE_INFINITY : 0;
}

/** What income could still carry each month in new repayments: grows with income, shrinks with debts. */
export function spareMonthlyCapacity(p: Profile): number {
  return Math.max(0, p.finances.monthlyIncome * AFFORDABLE_SHARE - p.finances.monthlyDebtPayments);
}
