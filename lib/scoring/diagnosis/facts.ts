// The person's own numbers behind each cause, as ICU values for its evidence message ("you applied six times
// in three months"). Every cause gives the same keys for every profile, so a message can rely on them.
// Percent as integers, money as whole yuan.
import type { Profile } from "@/lib/profile/schema";
import { debtBurden, lineUtilization } from "../ratios";
import type { Facts } from "../types";
import { THIN_ACCOUNT_YEARS, THIN_ON_TIME_MONTHS } from "./thresholds";
import type { CauseId } from "./types";

const PERCENT_CEILING = 999;
const percent = (ratio: number | null): number =>
  ratio === null || !Number.isFinite(ratio) ? PERCENT_CEILING : Math.min(PERCENT_CEILING, Math.round(ratio * 100));
const yuan = (amount: number | null): number => Math.round(amount ?? 0);

function thinPart(p: Profile): string {
  const streak = p.repayment.onTimeMonths < THIN_ON_TIME_MONTHS;
  const account = p.ecosystem.accountYears < THIN_ACCOUNT_YEARS;
  return streak && account ? "both" : streak ? "streak" : "account";
}

const FACTS: Readonly<Record<CauseId, (p: Profile) => Facts>> = {
  overdue: () => ({}),
  "late-payments": (p) => ({ late: p.repayment.latePayments12m }),
  "many-applications": (p) => ({ applications: p.borrowing.applications3m }),
  "multi-lending": (p) => ({ lenders: p.borrowing.activeLenders }),
  "high-debt-burden": (p) => ({
    debt: yuan(p.finances.monthlyDebtPayments),
    income: yuan(p.finances.monthlyIncome),
    burdenPct: percent(debtBurden(p)),
    noIncome: p.finances.monthlyIncome > 0 ? "no" : "yes",
  }),
  "line-maxed": (p) => ({
    used: yuan(p.finances.usedLimit),
    limit: yuan(p.finances.currentLimit),
    usePct: percent(lineUtilization(p)),
  }),
  "frequent-draws": (p) => ({ draws: p.borrowing.draws6m }),
  "large-draw": (p) => {
    const limit = p.finances.currentLimit ?? 0;
    const largest = p.borrowing.largestDraw6m ?? 0;
    return { largest: yuan(largest), limit: yuan(limit), drawPct: percent(limit > 0 ? largest / limit : null) };
  },
  "unused-line": () => ({}),
  "thin-record": (p) => ({ onTime: p.repayment.onTimeMonths, thin: thinPart(p) }),
  "income-ceiling": (p) => ({
    income: yuan(p.finances.monthlyIncome),
    limit: yuan(p.finances.currentLimit),
    noIncome: p.finances.monthlyIncome > 0 ? "no" : "yes",
  }),
  "lender-review": () => ({}),
};

export const causeFacts = (id: CauseId, p: Profile): Facts => FACTS[id](p);
