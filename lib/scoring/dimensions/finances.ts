// Finances: the capacity to repay. The debt-burden half of FICO's amounts owed and Zhima's 履约能力
// (stable income), and whether the lender can see that income. For sole traders, the business's own
// records count here too.
import type { Profile } from "@/lib/profile/schema";
import { clamp01, credit, fallsBetween, logUpTo } from "../curves";
import { debtBurden, purchasesToRevenue } from "../ratios";
import type { Factor } from "../types";
import { factor } from "./factor";

/**
 * Income from which a low debt burden earns its full credit. Below it the credit grows in proportion, so
 * that ¥1 of income with no debts is not worth the same as a salary (no cliff at ¥0 → ¥1).
 */
export const INCOME_FOR_FULL_BURDEN_CREDIT = 2_000;

/**
 * Up to 20% of income in repayments is full credit, falling to none at 80%, times how much income there is
 * to carry it (full from ¥2,000 a month). No income: none. Rises with income, falls with debts.
 */
export const debtBurdenCredit = (p: Profile): number =>
  fallsBetween(debtBurden(p), 0.2, 0.8) * clamp01(p.finances.monthlyIncome / INCOME_FOR_FULL_BURDEN_CREDIT);

/** Income level on a log scale, full at ¥50,000 a month (income itself is never divided into anything else). */
export const incomeCredit = (p: Profile): number => logUpTo(p.finances.monthlyIncome / 1000, 50);

/** Payments received through the merchant code: diminishing returns, full from 300 a month; unknown counts as none. */
export const paymentsReceivedCredit = (n: number | null): number => logUpTo(n ?? 0, 300);

/**
 * Not monotone in purchases: activity (in yuan, full at ¥20,000 a month) times sustainability (purchases up
 * to 80% of revenue are an ordinary trading business, none left at 150%). Unknown counts as none seen.
 * Activity ignores revenue and sustainability only rises with revenue, so more revenue never lowers it.
 */
export function purchasesCredit(p: Profile): number {
  const ratio = purchasesToRevenue(p);
  const purchases = p.business?.monthlyPurchases ?? 0;
  if (ratio === null || purchases <= 0) return 0;
  return logUpTo(purchases / 1000, 20) * fallsBetween(ratio, 0.8, 1.5);
}

export function financesFactors(p: Profile): Factor[] {
  const proof = credit(p.finances.incomeProof);
  if (p.purpose === "business" && p.business) {
    const b = p.business;
    return [
      factor("debtBurden", 40, debtBurdenCredit(p)),
      factor("monthlyIncome", 20, incomeCredit(p)),
      factor("incomeProof", 10, proof),
      // Revenue on a log scale, full at ¥200,000 a month: turnover is not profit, so it weighs less.
      factor("monthlyRevenue", 10, logUpTo(b.monthlyRevenue / 1000, 200)),
      factor("registered", 5, credit(b.registered)),
      factor("taxRecords", 5, credit(b.taxRecords)),
      factor("paymentsReceived", 5, paymentsReceivedCredit(b.paymentsReceived)),
      factor("monthlyPurchases", 5, purchasesCredit(p)),
    ];
  }
  return [
    factor("debtBurden", 55, debtBurdenCredit(p)),
    factor("monthlyIncome", 30, incomeCredit(p)),
    // Income the lender can check (pay slips, statements, tax records, a pension statement).
    factor("incomeProof", 15, proof),
  ];
}
