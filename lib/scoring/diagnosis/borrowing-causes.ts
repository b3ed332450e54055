// Causes in how the person borrows elsewhere: applications (credit-report inquiries) and multi-lending.
import type { CauseRule } from "./rule";
import { found, withinWindow } from "./rule";
import { MULTI_LENDING_APPLICATIONS, MULTI_LENDING_LENDERS, POSSIBLE_APPLICATIONS, POSSIBLE_LENDERS, WINDOWS } from "./thresholds";

export const manyApplications: CauseRule = (ctx) => {
  const applications = ctx.profile.borrowing.applications3m;
  if (applications < POSSIBLE_APPLICATIONS) return null;
  const strong = applications >= MULTI_LENDING_APPLICATIONS && withinWindow(ctx, WINDOWS.applications3m);
  return found(strong, ["borrowing", "applications3m"]);
};

/** Balances at several lenders: a state, not a count over a window, so the event's date does not weaken it. */
export const multiLending: CauseRule = ({ profile }) => {
  const lenders = profile.borrowing.activeLenders;
  if (lenders < POSSIBLE_LENDERS) return null;
  return found(lenders >= MULTI_LENDING_LENDERS, ["borrowing", "activeLenders"]);
};
