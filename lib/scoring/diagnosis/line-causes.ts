// Causes in the use of the line itself: maxed out, drawn too often, one draw of most of it, or not used.
import { drawsCredit } from "../dimensions/borrowing";
import { lineUtilization } from "../ratios";
import type { CauseRule } from "./rule";
import { found, withinWindow } from "./rule";
import {
  LARGE_DRAW_SHARE, POSSIBLE_LINE_USE, SPACE_OUT_ABOVE, STRONG_DRAWS_CREDIT, STRONG_DRAW_SHARE, STRONG_LINE_USE, WINDOWS,
} from "./thresholds";

/**
 * After a cut the same balance fills more of the smaller line, so a full line is partly the cut's effect:
 * for `limit-cut` it is only ever "possible".
 */
export const lineMaxed: CauseRule = (ctx) => {
  const use = lineUtilization(ctx.profile);
  if (use === null || use < POSSIBLE_LINE_USE) return null;
  return found(use >= STRONG_LINE_USE && ctx.event !== "limit-cut", ["finances", "usedLimit"], ["finances", "currentLimit"]);
};

export const frequentDraws: CauseRule = (ctx) => {
  const draws = ctx.profile.borrowing.draws6m;
  if (draws <= SPACE_OUT_ABOVE) return null;
  return found(drawsCredit(draws) <= STRONG_DRAWS_CREDIT && withinWindow(ctx, WINDOWS.draws6m), ["borrowing", "draws6m"]);
};

/** As with a full line, a cut makes a past draw look larger against the line: never strong for `limit-cut`. */
export const largeDraw: CauseRule = (ctx) => {
  const { largestDraw6m } = ctx.profile.borrowing;
  const { currentLimit } = ctx.profile.finances;
  if (largestDraw6m === null || currentLimit === null || currentLimit <= 0) return null;
  if (largestDraw6m <= LARGE_DRAW_SHARE * currentLimit) return null;
  const strong = largestDraw6m >= STRONG_DRAW_SHARE * currentLimit && withinWindow(ctx, WINDOWS.draws6m) && ctx.event !== "limit-cut";
  return found(strong, ["borrowing", "largestDraw6m"], ["finances", "currentLimit"]);
};

/**
 * No draws in six months: the line tells the lender little, and unused lines are the ones trimmed. Only when
 * the six months cover the event, and not for a refused application (there was no line to use).
 */
export const unusedLine: CauseRule = (ctx) => {
  if (ctx.profile.borrowing.draws6m !== 0 || ctx.profile.finances.currentLimit === 0) return null;
  if (ctx.event === "application-refused" || !withinWindow(ctx, WINDOWS.draws6m)) return null;
  return found(false, ["borrowing", "draws6m"]);
};
