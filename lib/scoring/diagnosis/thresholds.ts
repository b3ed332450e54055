// Where the diagnosis draws its lines. The model's own thresholds are imported where the model has them;
// the rest are contract rules or judgements, each explained in docs/model.md ("Diagnosis").

export { MULTI_LENDING_APPLICATIONS, MULTI_LENDING_LENDERS } from "../warnings";
export { HIGH_DEBT_BURDEN, INCOME_CEILING_MONTHS } from "../caps";
/** Repayments from this share of income are a possible cause: the burden `lower-debt-burden` aims at. */
export { TARGET_DEBT_SHARE as AFFORDABLE_SHARE } from "../recommendations/targets";
export { LARGE_DRAW_SHARE, SPACE_OUT_ABOVE } from "../recommendations/targets";
export { THIN_MONTHS as THIN_ON_TIME_MONTHS, THIN_YEARS as THIN_ACCOUNT_YEARS } from "../caps";

/** The windows the answers count over, in months: an event older than its window falls outside the count. */
export const WINDOWS = { latePayments12m: 12, applications3m: 3, draws6m: 6 } as const;

/** Judgement: two late payments in the window are a pattern, one may be a slip. */
export const STRONG_LATE_PAYMENTS = 2;
/** Judgement: two applications in three months begin to read as hunting for credit. */
export const POSSIBLE_APPLICATIONS = 2;
/** Judgement: a second lender with a balance is where multi-lending begins. */
export const POSSIBLE_LENDERS = 2;
/** Judgement: share of the line in use that reads as "maxed" (the model gives no credit from 100%). */
export const POSSIBLE_LINE_USE = 0.7;
export const STRONG_LINE_USE = 0.9;
/** Judgement: draws so frequent the model keeps half or less of their credit (drawsCredit ≤ 0.5). */
export const STRONG_DRAWS_CREDIT = 0.5;
/** Judgement: a draw of nearly the whole line. */
export const STRONG_DRAW_SHARE = 0.9;
