// How much the answers let the model say: each "don't know" and a thin record lower it.
import type { Profile } from "@/lib/profile/schema";
import { isThinFile } from "./caps";
import type { Confidence } from "./types";

/** A thin record weighs as two unknowns: there is little history to read at all (a judgement). */
const THIN_FILE_WEIGHT = 2;

/** The answers given as "don't know" (null), in profile order. */
export function unknownAnswers(p: Profile): string[] {
  const unknown: string[] = [];
  if (p.borrowing.largestDraw6m === null) unknown.push("borrowing.largestDraw6m");
  if (p.finances.currentLimit === null) unknown.push("finances.currentLimit");
  if (p.finances.usedLimit === null) unknown.push("finances.usedLimit");
  if (p.ecosystem.zhimaScore === null) unknown.push("ecosystem.zhimaScore");
  if (p.business?.paymentsReceived === null) unknown.push("business.paymentsReceived");
  if (p.business?.monthlyPurchases === null) unknown.push("business.monthlyPurchases");
  return unknown;
}

/** high: nothing unknown and a real record; medium: one or two unknowns (or a thin record); low: more. */
export function confidenceFor(p: Profile): Confidence {
  const doubt = unknownAnswers(p).length + (isThinFile(p) ? THIN_FILE_WEIGHT : 0);
  return doubt === 0 ? "high" : doubt <= 2 ? "medium" : "low";
}
