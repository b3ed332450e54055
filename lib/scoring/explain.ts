// What moved a dimension: its factors, and the one that held it back most. For "why is this low?" in the UI.
import type { Profile } from "@/lib/profile/schema";
import { dimensionFactors } from "./dimensions";
import type { DimensionId, Facts, Factor } from "./types";

/** The dimension's factors in points of that dimension (maxima sum to 100), earned rounded to 0.1. */
export function dimensionBreakdown(id: DimensionId, p: Profile): Factor[] {
  return dimensionFactors(id, p).map((f) => ({ id: f.id, max: f.max, earned: Math.round(f.earned * 10) / 10 }));
}

/**
 * The answers that moved a dimension most: `weakest` is the factor that lost the most points (its id is
 * a key of scoring.factors), `weakestLost` those points (integer); `strongest` the factor that earned most.
 * When nothing was lost, `weakest` is "none".
 */
export function dimensionFacts(id: DimensionId, p: Profile): Facts {
  const factors = dimensionFactors(id, p);
  let weakest: Factor | null = null;
  let strongest: Factor | null = null;
  for (const f of factors) {
    if (weakest === null || f.max - f.earned > weakest.max - weakest.earned) weakest = f;
    if (strongest === null || f.earned > strongest.earned) strongest = f;
  }
  const lost = weakest ? Math.round(weakest.max - weakest.earned) : 0;
  return {
    weakest: weakest && lost > 0 ? weakest.id : "none",
    weakestLost: lost,
    strongest: strongest?.id ?? "none",
  };
}
