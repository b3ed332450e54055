// Where each action takes the profile. Shared by apply() and by the message facts, so that what the
// person reads ("bring it down to 40%") is exactly what the model scored.
import type { Profile } from "@/lib/profile/schema";
import { SAVINGS_FULL_CREDIT } from "../dimensions/assets";
import { ORDINARY_SHARE } from "../dimensions/borrowing";

/**
 * Repayments at 40% of income. The debt-burden cap holds the band at B2 from 60%; the next band needs
 * anything under that, and the step aims well under the edge (where a month's variation cannot put the
 * cap back, and where the model allows use-and-repay), not at 59%.
 */
export const TARGET_DEBT_SHARE = 0.4;
export const TARGET_LENDERS = 1;
export const TARGET_DRAWS_SPACED = 4;
export const SPACE_OUT_ABOVE = 6;
export const TARGET_DRAWS_USED = 2;
export const TARGET_CARDS = 3;
export const TARGET_CATEGORIES = 6;
export const TARGET_UTILIZATION = ORDINARY_SHARE;
/** A single draw of at most this share of the line reads as ordinary use. */
export const TARGET_DRAW_SHARE = ORDINARY_SHARE;
/** Above this share of the line, a single draw is a "one-off draw of most of the line" worth a step. */
export const LARGE_DRAW_SHARE = 0.5;
export const CLEAN_MONTHS = 12;
export const MIN_SAVINGS_TARGET = 10_000;

/** Monthly repayments at 40% of income, in whole yuan (rounded down so the share is never above 40%). */
export const targetDebtPayments = (p: Profile): number => Math.floor(p.finances.monthlyIncome * TARGET_DEBT_SHARE);

/** Three months of income, at least ¥10,000, at most where the model's savings credit is already full. */
export const targetSavings = (p: Profile): number =>
  Math.min(SAVINGS_FULL_CREDIT, Math.max(MIN_SAVINGS_TARGET, Math.round(3 * p.finances.monthlyIncome)));

/** Balance at 30% of a known limit, in whole yuan; null when the limit is unknown. */
export const targetUsedLimit = (p: Profile): number | null =>
  p.finances.currentLimit === null ? null : Math.floor(p.finances.currentLimit * TARGET_UTILIZATION);

/** Largest single draw at 30% of a known limit, in whole yuan; null when the limit is unknown. */
export const targetLargestDraw = (p: Profile): number | null =>
  p.finances.currentLimit === null ? null : Math.floor(p.finances.currentLimit * TARGET_DRAW_SHARE);
