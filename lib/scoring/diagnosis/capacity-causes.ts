// Causes in the capacity to repay: the debt burden and the income ceiling.
import { debtBurden } from "../ratios";
import type { CauseRule } from "./rule";
import { found } from "./rule";
import { AFFORDABLE_SHARE, HIGH_DEBT_BURDEN, INCOME_CEILING_MONTHS } from "./thresholds";

/** Only with repayments to point at: no income and no debts is the income ceiling's case, not this one. */
export const highDebtBurden: CauseRule = ({ profile }) => {
  const burden = debtBurden(profile);
  if (profile.finances.monthlyDebtPayments <= 0 || burden < AFFORDABLE_SHARE) return null;
  return found(burden >= HIGH_DEBT_BURDEN, ["finances", "monthlyDebtPayments"], ["finances", "monthlyIncome"]);
};

/**
 * No income, no line (strong). A known limit at or above four months of income sits at the ceiling of the
 * online micro-lending draft rules: the lender may be bringing it down to it (possible).
 */
export const incomeCeiling: CauseRule = ({ profile }) => {
  const { monthlyIncome, currentLimit } = profile.finances;
  if (monthlyIncome <= 0) return found(true, ["finances", "monthlyIncome"]);
  if (currentLimit !== null && currentLimit > 0 && currentLimit >= INCOME_CEILING_MONTHS * monthlyIncome) {
    return found(false, ["finances", "monthlyIncome"], ["finances", "currentLimit"]);
  }
  return null;
};
