// Groups the ranked recommendations into the plan's three time horizons, keeping the rank order
// inside each group, so "Do now" always starts with the step that helps most.
import { HORIZONS, type Horizon, type Recommendation } from "@/lib/scoring/types";

export interface HorizonGroup {
  horizon: Horizon;
  items: Recommendation[];
}

/** Non-empty groups in the order now → 3m → long; each group keeps the model's ranking. */
export function groupByHorizon(recommendations: readonly Recommendation[]): HorizonGroup[] {
  return HORIZONS.map((horizon) => ({
    horizon,
    items: recommendations.filter((r) => r.horizon === horizon),
  })).filter((group) => group.items.length > 0);
}
