// The order of the causes: overdue first; strong before possible; then by the score points the model
// takes for each; then the catalogue's order. With the model's multi-lending warning, multi-lending or
// many applications is among the first two (after overdue, when something is overdue), as in the plan.
import type { Profile } from "@/lib/profile/schema";
import { causeWeight } from "./weight";
import { CAUSE_IDS, type Cause } from "./types";

const strengthRank = (c: Cause) => (c.strength === "strong" ? 0 : 1);

export function rankCauses(p: Profile, causes: readonly Cause[], multiLendingWarning: boolean): Cause[] {
  const weights = new Map(causes.map((c) => [c.id, causeWeight(p, c.id)]));
  const ranked = [...causes].sort((a, b) => {
    if ((a.id === "overdue") !== (b.id === "overdue")) return a.id === "overdue" ? -1 : 1;
    const byStrength = strengthRank(a) - strengthRank(b);
    if (byStrength !== 0) return byStrength;
    const byWeight = (weights.get(b.id) ?? 0) - (weights.get(a.id) ?? 0);
    if (byWeight !== 0) return byWeight;
    return CAUSE_IDS.indexOf(a.id) - CAUSE_IDS.indexOf(b.id);
  });
  if (multiLendingWarning) promoteMultiLending(ranked);
  return ranked;
}

/** Moves the first of the two into second place when it is further down (first place stays overdue's, or the strongest's). */
function promoteMultiLending(ranked: Cause[]): void {
  const at = ranked.findIndex((c) => c.id === "multi-lending" || c.id === "many-applications");
  if (at <= 1) return;
  const [cause] = ranked.splice(at, 1);
  ranked.splice(1, 0, cause!);
}
