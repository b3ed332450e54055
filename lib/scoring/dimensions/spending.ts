// Spending: everyday behaviour. Zhima's 行为偏好 (stable consumption) and the source articles' advice:
// steady, varied everyday spending helps; frequent large purchases read as risk.
import type { Profile } from "@/lib/profile/schema";
import { fallsBetween, logUpTo, saturate } from "../curves";
import { spendingToIncome } from "../ratios";
import type { Factor } from "../types";
import { factor } from "./factor";

/**
 * Not monotone in spending: activity (in yuan, full at ¥2,000 a month) times sustainability (spending up
 * to 80% of income is fine, none left at 150%). Activity ignores income and sustainability can only rise
 * with income, so a higher income never lowers this factor.
 */
export function spendingCredit(p: Profile): number {
  const activity = logUpTo(p.spending.monthlySpending / 100, 20);
  const sustainable = fallsBetween(spendingToIncome(p), 0.8, 1.5);
  return activity * sustainable;
}

/** 0–2 large purchases in 3 months is ordinary; from 3 on, credit falls to none at 10. */
export const largePurchasesCredit = (count: number): number => fallsBetween(count, 2, 10);

export function spendingFactors(p: Profile): Factor[] {
  return [
    factor("monthlySpending", 45, spendingCredit(p)),
    // Diminishing returns: 3 categories 63%, 6 categories 86%.
    factor("categories", 35, saturate(p.spending.categories, 3)),
    factor("largePurchases3m", 20, largePurchasesCredit(p.spending.largePurchases3m)),
  ];
}
