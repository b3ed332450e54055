// The person's own numbers behind each recommendation, as ICU values for its messages. Every id gives
// the same keys for every profile, so a message can rely on them. Percent as integers, money as whole yuan.
import type { Profile } from "@/lib/profile/schema";
import { debtBurden, largestDrawShare, lineUtilization } from "../ratios";
import type { Facts } from "../types";
import { RECOMMENDATION_IDS, type RecommendationId } from "./catalogue";
import {
  TARGET_CARDS, TARGET_CATEGORIES, TARGET_DEBT_SHARE, TARGET_DRAWS_SPACED, TARGET_DRAWS_USED, TARGET_LENDERS,
  TARGET_DRAW_SHARE, TARGET_UTILIZATION, targetDebtPayments, targetLargestDraw, targetSavings, targetUsedLimit,
} from "./targets";

/** Shown when a ratio has no meaningful value (no income): messages treat it as "more than we can show". */
const PERCENT_CEILING = 999;
const percent = (ratio: number): number => (Number.isFinite(ratio) ? Math.min(PERCENT_CEILING, Math.round(ratio * 100)) : PERCENT_CEILING);
const yuan = (amount: number): number => Math.round(amount);
const yesNo = (b: boolean): string => (b ? "yes" : "no");

const FACTS: Readonly<Record<RecommendationId, (p: Profile) => Facts>> = {
  "settle-overdue": (p) => ({ latePayments: p.repayment.latePayments12m }),
  "enable-autopay": (p) => ({ latePayments: p.repayment.latePayments12m }),
  "pause-applications": (p) => ({ applications: p.borrowing.applications3m }),
  "reduce-lenders": (p) => ({ lenders: p.borrowing.activeLenders, targetLenders: TARGET_LENDERS }),
  "lower-debt-burden": (p) => ({
    ratioPct: percent(debtBurden(p)),
    targetPct: percent(TARGET_DEBT_SHARE),
    debtPayments: yuan(p.finances.monthlyDebtPayments),
    targetPayments: targetDebtPayments(p),
  }),
  "space-out-draws": (p) => ({ draws: p.borrowing.draws6m, targetDraws: TARGET_DRAWS_SPACED }),
  "use-and-repay": () => ({ targetDraws: TARGET_DRAWS_USED }),
  "grow-savings": (p) => ({ savings: yuan(p.assets.liquidSavings), targetSavings: targetSavings(p) }),
  "link-bills": () => ({}),
  "complete-profile": () => ({}),
  "link-cards": (p) => ({ cards: p.ecosystem.cardsLinked, targetCards: TARGET_CARDS }),
  "diversify-spending": (p) => ({ categories: p.spending.categories, targetCategories: TARGET_CATEGORIES }),
  // `source` picks the proof that fits: salary, business, freelance, pension (none is never offered the step).
  "add-income-proof": (p) => ({ income: yuan(p.finances.monthlyIncome), source: p.finances.incomeSource }),
  "business-records": (p) => ({
    registered: yesNo(p.business?.registered ?? false),
    taxRecords: yesNo(p.business?.taxRecords ?? false),
  }),
  "repay-line-balance": (p) => {
    const utilization = lineUtilization(p);
    return {
      usedPct: utilization === null ? 0 : percent(utilization),
      targetPct: percent(TARGET_UTILIZATION),
      used: yuan(p.finances.usedLimit ?? 0),
      targetUsed: targetUsedLimit(p) ?? 0,
    };
  },
  "rebuild-record": (p) => ({ latePayments: p.repayment.latePayments12m }),
  "declare-assets": (p) => ({
    property: yesNo(p.assets.ownsProperty),
    car: yesNo(p.assets.ownsCar),
    investments: yuan(p.assets.investments),
  }),
  "borrow-what-you-need": (p) => {
    const share = largestDrawShare(p);
    return {
      largestDraw: yuan(p.borrowing.largestDraw6m ?? 0),
      drawPct: share === null ? 0 : percent(share),
      targetDraw: targetLargestDraw(p) ?? 0,
      targetPct: percent(TARGET_DRAW_SHARE),
    };
  },
};

const isRecommendationId = (id: string): id is RecommendationId =>
  (RECOMMENDATION_IDS as readonly string[]).includes(id);

/** The numbers that make a recommendation's reason personal. Unknown ids give no facts. */
export function recommendationFacts(id: string, p: Profile): Facts {
  return isRecommendationId(id) ? FACTS[id](p) : {};
}
