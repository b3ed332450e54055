// The catalogue of actions. Each apply() returns the profile as it would be after the action, and the
// action's impact is found by scoring that profile again: no separate table of guessed gains.
import type { Profile } from "@/lib/profile/schema";
import { debtBurden, largestDrawShare } from "../ratios";
import type { Effort, Horizon } from "../types";
import {
  CLEAN_MONTHS, LARGE_DRAW_SHARE, SPACE_OUT_ABOVE, TARGET_CARDS, TARGET_CATEGORIES, TARGET_DRAWS_SPACED,
  TARGET_DRAWS_USED, TARGET_LENDERS, targetDebtPayments, targetLargestDraw, targetSavings, targetUsedLimit,
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
  /** Conditions for the advice to fit the person and be responsible, beyond having an effect (the contract's relevance rules). */
  suits?: (p: Profile) => boolean;
  apply: (p: Profile) => Profile;
}

type Section<K extends keyof Profile> = NonNullable<Profile[K]>;
type SectionKey = "repayment" | "borrowing" | "finances" | "assets" | "ecosystem" | "spending";
/**
 * The profile with one section changed; every other section is the same object, which lets re-scoring
 * skip the dimensions that do not read it. Built by cloning then assigning (not a literal with a computed
 * key), which keeps the objects in the engine's fast shape: evaluation runs this once per catalogue step.
 */
const patch = <K extends SectionKey>(p: Profile, key: K, change: Partial<Section<K>>): Profile => {
  const section: Section<K> = { ...p[key] };
  Object.assign(section, change);
  const next: Profile = { ...p };
  next[key] = section as Profile[K];
  return next;
};

/** Someone with something to repay: autopay, a clean year and repaying a balance only make sense for them. */
export const hasSomethingToRepay = (p: Profile): boolean =>
  p.borrowing.activeLenders > 0 ||
  p.finances.monthlyDebtPayments > 0 ||
  (p.finances.usedLimit ?? 0) > 0 ||
  p.ecosystem.huabeiActive;

/** Property, a car or investments the platform has not been shown. */
export const hasUndeclaredAssets = (p: Profile): boolean =>
  !p.assets.declared && (p.assets.ownsProperty || p.assets.ownsCar || p.assets.investments > 0);

/** The largest draw in 6 months took more than half of a known line. */
export const hasLargeDraw = (p: Profile): boolean => (largestDrawShare(p) ?? 0) > LARGE_DRAW_SHARE;

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
    suits: hasSomethingToRepay,
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
    // Only with a known line, unused for 6 months, and for someone who can easily carry a small planned
    // purchase: never advise borrowing to a stretched, late or overdue borrower.
    suits: (p) =>
      p.finances.currentLimit !== null &&
      p.finances.currentLimit > 0 &&
      p.borrowing.draws6m === 0 &&
      debtBurden(p) < 0.4 &&
      !p.repayment.currentlyOverdue &&
      p.repayment.latePayments12m === 0 &&
      p.borrowing.activeLenders < 3,
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
    // The proof that fits the income source (the texts name it); nothing to prove without an income source.
    suits: (p) => !p.finances.incomeProof && p.finances.incomeSource !== "none",
    apply: (p) => patch(p, "finances", { incomeProof: true }),
  },
  "business-records": {
    id: "business-records",
    horizon: "3m",
    effort: "medium",
    // Only what is missing: never "register" to someone registered.
    suits: (p) => p.purpose === "business" && !!p.business && !(p.business.registered && p.business.taxRecords),
    apply: (p) => (p.business ? { ...p, business: { ...p.business, registered: true, taxRecords: true } } : p),
  },
  "repay-line-balance": {
    id: "repay-line-balance",
    horizon: "3m",
    effort: "medium",
    suits: hasSomethingToRepay,
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
    suits: hasSomethingToRepay,
    apply: (p) =>
      p.repayment.latePayments12m > 0
        ? patch(p, "repayment", {
            latePayments12m: 0,
            onTimeMonths: Math.min(600, p.repayment.onTimeMonths + CLEAN_MONTHS),
          })
        : p,
  },
  "declare-assets": {
    id: "declare-assets",
    horizon: "now",
    effort: "low",
    suits: hasUndeclaredAssets,
    apply: (p) => patch(p, "assets", { declared: true }),
  },
  "borrow-what-you-need": {
    id: "borrow-what-you-need",
    // The large draw leaves the 6-month window only after six months of smaller ones.
    horizon: "long",
    effort: "low",
    suits: hasLargeDraw,
    apply: (p) => {
      const target = targetLargestDraw(p);
      const draw = p.borrowing.largestDraw6m;
      return target !== null && draw !== null && draw > target ? patch(p, "borrowing", { largestDraw6m: target }) : p;
    },
  },
};
