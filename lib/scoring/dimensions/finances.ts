// Finances: the capacity to repay. The debt-burden half of FICO's amounts owed and Zhima's 履约能力
// (stable income). For sole traders, the business's own records count here too.
import type { Profile } from "@/lib/profile/schema";
import { credit, fallsBetween, logUpTo } from "../curves";
import { debtBurden } from "../ratios";
import type { Factor } from "../types";
import { factor } from "./factor";

/** Up to 20% of income in repayments is full credit, falling to none at 80%. No income: none. */
export const debtBurdenCredit = (p: Profile): number => fallsBetween(debtBurden(p), 0.2, 0.8);

/** Income level on a log scale, full at ¥50,000 a month (income itself is never divided into anything else). */
export const incomeCredit = (p: Profile): number => logUpTo(p.finances.monthlyIncome / 1000, 50);

export function financesFactors(p: Profile): Factor[] {
  if (p.purpose === "business" && p.business) {
    const b = p.business;
    return [
      factor("debtBurden", 45, debtBurdenCredit(p)),
      factor("monthlyIncome", 25, incomeCredit(p)),
      // Revenue on a log scale, full at ¥200,000 a month: turnover is not profit, so it weighs less.
      factor("monthlyRevenue", 10, logUpTo(b.monthlyRevenue / 1000, 200)),
      factor("registered", 10, credit(b.registered)),
      factor("taxRecords", 10, credit(b.taxRecords)),
    ];
  }
  return [factor("debtBurden", 60, debtBurdenCredit(p)), factor("monthlyIncome", 40, incomeCredit(p))];
}
