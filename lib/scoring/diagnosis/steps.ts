// The steps that address the causes: catalogue steps taken from the profile's own recommendations (so the
// model's rules on what fits the person apply), in the order of the causes they address.
import type { RecommendationV2 } from "../types";
import type { RecommendationId } from "../recommendations/catalogue";
import type { Cause, CauseId } from "./types";

export const CAUSE_STEPS: Readonly<Record<CauseId, readonly RecommendationId[]>> = {
  overdue: ["settle-overdue"],
  "late-payments": ["rebuild-record", "enable-autopay"],
  "many-applications": ["pause-applications"],
  "multi-lending": ["reduce-lenders", "pause-applications"],
  "high-debt-burden": ["lower-debt-burden"],
  "line-maxed": ["repay-line-balance"],
  "frequent-draws": ["space-out-draws"],
  "large-draw": ["borrow-what-you-need"],
  "unused-line": ["use-and-repay"],
  "thin-record": ["enable-autopay", "complete-profile", "link-bills"],
  "income-ceiling": ["add-income-proof"],
  // A change on the lender's side: no step answers it, so "worth doing anyway" is the plan's own best steps.
  "lender-review": [],
};

/** How many of the plan's best steps are offered as worth doing anyway when the lender's side may explain it. */
export const ANYWAY_STEPS = 3;

export function stepsFor(causes: readonly Cause[], recommendations: readonly RecommendationV2[]): string[] {
  const offered = new Set(recommendations.map((r) => r.id));
  const steps: string[] = [];
  const add = (id: string) => {
    if (offered.has(id) && !steps.includes(id)) steps.push(id);
  };
  for (const cause of causes) {
    for (const id of CAUSE_STEPS[cause.id]) add(id);
    if (cause.id === "lender-review") for (const r of recommendations.slice(0, ANYWAY_STEPS)) add(r.id);
  }
  return steps;
}
