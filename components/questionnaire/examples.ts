// The example shown as each number box's placeholder ("e.g. 8,000"): a hint of the kind of figure
// asked for, never an answer. Boxes start empty until the person answers.
import type { NumberFieldName } from "@/lib/profile/questionnaire-steps";

export const EXAMPLES: Record<NumberFieldName, number> = {
  "repayment.onTimeMonths": 12,
  "repayment.latePayments12m": 0,
  "borrowing.draws6m": 2,
  "borrowing.largestDraw6m": 3000,
  "borrowing.applications3m": 1,
  "borrowing.activeLenders": 2,
  "finances.monthlyIncome": 8000,
  "finances.monthlyDebtPayments": 1500,
  "finances.currentLimit": 20000,
  "finances.usedLimit": 5000,
  "assets.liquidSavings": 10000,
  "assets.investments": 0,
  "ecosystem.accountYears": 5,
  "ecosystem.monthlyTransactions": 30,
  "ecosystem.cardsLinked": 1,
  "ecosystem.zhimaScore": 680,
  "spending.monthlySpending": 3000,
  "spending.categories": 5,
  "spending.largePurchases3m": 0,
  "business.monthlyRevenue": 30000,
  "business.paymentsReceived": 300,
  "business.monthlyPurchases": 10000,
};
