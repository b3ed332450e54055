// The catalogue of actions. Each apply() returns the profile as it would be after the action, and the
// action's impact is found by scoring that profile again: no separate table of guessed gains.
import type { Profile } from "@/lib/profile/schema";
import { debtBurden } from "../ratios";
import type { Effort, Horizon } from "../types";
import {
  CLEAN_MONTHS, SPACE_OUT_ABOVE, TARGET_CARDS, TARGET_CATEGORIES, TARGET_DRAWS_SPACED, TARGET_DRAWS_USED,
  TARGET_LENDERS, targetDebtPayments, targetSavings, targetUsedLimit,
} from "./targets";

export const RECOMMENDATION_IDS = [
  "settle-overdue",
  "enable-autopay",
  "pause-applications",
  "reduce-lenders",
  "lower-debt-burden",
  "space-out-draws",
  "use-and-repay",
  "grow-savings",
  "link-bills",
  "complete-profile",
  "link-cards",
  "diversify-spending",
  "add-income-proof",
  "business-records",
  "repay-line-balance",
  "rebuild-record",
  "declare-assets",
  "borrow-what-you-need",
] as const;
export type RecommendationId = (typeof RECOMMENDATION_IDS)[number];

export interface RecommendationDefinition {
  id: RecommendationId;
  horizon: Horizon;
  effort: Effort;
  /** Conditions for the advice to be responsible, beyond having an effect (e.g. never "borrow" when stretched). */
  suits?: (p: Profile) => boolean;
  apply: (p: Profile) => Profile;
}

type Section<K extends keyof Profile> = NonNullable<Profile[K]>;
type SectionKey = "repayment" | "borrowing" | "finances" | "assets" | "ecosystem" | "spending";
/**
 * The profile with one section changed; every other section is the same object, which lets re-scoring
 * skip the dimensions that do not read it. Built by cloning then assigning (not a literal with a computed
 * key), which keeps the objects in the engine's fast shape: evaluation runs this sixteen times.
 */
const patch = <K extends SectionKey>(p: Profile, key: K, change: Partial<Section<K>>): Profile => {
  const section: Section<K> = { ...p[key] };
  Object.assign(section, change);
  const next: Profile = { ...p };
  next[key] = section as Profile[K];
  return next;
};

export const CATALOGUE: Readonly<Record<RecommendationId, RecommendationDefinition>> = {
  "settle-overdue": {
    id: "settle-overdue",
    horizon: "now",
    effort: "medium",
    apply: (p) => patch(p, "repayment", { currentlyOverdue: false }),
  },
  "enable-autopay": {
    id: "enable-autopay",
    horizon: "now",
    effort: "low",
    apply: (p) => patch(p, "repayment", { autopay: true }),
  },
  "pause-applications": {
    id: "pause-applications",
    horizon: "3m",
    effort: "low",
    // Three months without applying is what empties this count.
    apply: (p) => patch(p, "borrowing", { applications3m: 0 }),
  },
  "reduce-lenders": {
    id: "reduce-lenders",
    horizon: "long",
    effort: "high",
    apply: (p) => patch(p, "borrowing", { activeLenders: Math.min(p.borrowing.activeLenders, TARGET_LENDERS) }),
  },
  "lower-debt-burden": {
    id: "lower-debt-burden",
    horizon: "long",
    effort: "high",
    apply: (p) =>
      patch(p, "finances", {
        monthlyDebtPayments: Math.min(p.finances.monthlyDebtPayments, targetDebtPayments(p)),
      }),
  },
  "space-out-draws": {
    id: "space-out-draws",
    horizon: "3m",
    effort: "medium",
    apply: (p) =>
      p.borrowing.draws6m > SPACE_OUT_ABOVE ? patch(p, "borrowing", { draws6m: TARGET_DRAWS_SPACED }) : p,
  },
  "use-and-repay": {
    id: "use-and-repay",
    horizon: "3m",
    effort: "low",
    // Only for someone who can easily carry it: never advise borrowing to a stretched or overdue borrower,
    // or to someone whose line shows a zero limit.
    suits: (p) =>
      !p.repayment.currentlyOverdue &&
      p.repayment.latePayments12m === 0 &&
      debtBurden(p) < 0.4 &&
      p.borrowing.activeLenders < 3 &&
      p.finances.currentLimit !== 0,
    apply: (p) => (p.borrowing.draws6m === 0 ? patch(p, "borrowing", { draws6m: TARGET_DRAWS_USED }) : p),
  },
  "grow-savings": {
    id: "grow-savings",
    horizon: "long",
    effort: "high",
    apply: (p) => patch(p, "assets", { liquidSavings: Math.max(p.assets.liquidSavings, targetSavings(p)) }),
  },
  "link-bills": {
    id: "link-bills",
    horizon: "now",
    effort: "low",
    apply: (p) => patch(p, "ecosystem", { billsLinked: true }),
  },
  "complete-profile": {
    id: "complete-profile",
    horizon: "now",
    effort: "low",
    apply: (p) => patch(p, "ecosystem", { profileComplete: true }),
  },
  "link-cards": {
    id: "link-cards",
    horizon: "now",
    effort: "low",
    apply: (p) => patch(p, "ecosystem", { cardsLinked: Math.max(p.ecosystem.cardsLinked, TARGET_CARDS) }),
  },
  "diversify-spending": {
    id: "diversify-spending",
    horizon: "3m",
    effort: "medium",
    // Moving spending one already has onto the platform, never spending more: so only when there is some.
    suits: (p) => p.spending.monthlySpending > 0,
    apply: (p) => patch(p, "spending", { categories: Math.max(p.spending.categories, TARGET_CATEGORIES) }),
  },
  "add-income-proof": {
    id: "add-income-proof",
    horizon: "3m",
    effort: "medium",
    // Modelled as a provident-fund record (公积金) the lender may check with consent: see docs/model.md.
    suits: (p) => p.finances.monthlyIncome > 0,
    apply: (p) => patch(p, "assets", { providentFund: true }),
  },
  "business-records": {
    id: "business-records",
    horizon: "3m",
    effort: "medium",
    suits: (p) => p.purpose === "business",
    apply: (p) => (p.business ? { ...p, business: { ...p.business, registered: true, taxRecords: true } } : p),
  },
  "repay-line-balance": {
    id: "repay-line-balance",
    horizon: "3m",
    effort: "medium",
    apply: (p) => {
      const target = targetUsedLimit(p);
      const used = p.finances.usedLimit;
      return target !== null && used !== null && used > target ? patch(p, "finances", { usedLimit: target }) : p;
    },
  },
  "rebuild-record": {
    id: "rebuild-record",
    horizon: "long",
    effort: "medium",
    // Twelve clean months: the late payments leave the 12-month count and the streak grows by twelve.
    apply: (p) =>
      p.repayment.latePayments12m > 0
        ? patch(p, "repayment", {
            latePayments12m: 0,
            onTimeMonths: Math.min(600, p.repayment.onTimeMonths + CLEAN_MONTHS),
          })
        : p,
  },
  // Model v2 steps (their weight in the model comes with model v2).
  "declare-assets": {
    id: "declare-assets",
    horizon: "now",
    effort: "low",
    apply: (p) => patch(p, "assets", { declared: true }),
  },
  "borrow-what-you-need": {
    id: "borrow-what-you-need",
    horizon: "3m",
    effort: "low",
    apply: (p) => patch(p, "borrowing", { largestDraw6m: null }),
  },
};
