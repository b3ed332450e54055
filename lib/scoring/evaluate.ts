// The full result of contract v2 for one profile.
import type { Profile } from "@/lib/profile/schema";
import { yearAhead } from "./path";
import { recommend } from "./recommendations/recommend";
import { scoreWithDecision } from "./score";
import type { Result } from "./types";
import { MODEL_VERSION } from "./version";
import { warningsFor } from "./warnings";

// PLACEHOLDER while model v2 is built: v1's result with the v2 fields filled in plainly.
export function evaluate(profile: Profile): Result {
  const { score, band, dimensions, decision, raw } = scoreWithDecision(profile);
  const recommendations = recommend(profile, raw);
  const { path, routes } = yearAhead(profile, { score, band: band.id }, recommendations);
  return {
    modelVersion: MODEL_VERSION,
    score,
    band,
    ladderBand: decision.ladder,
    cap: null,
    confidence: "medium",
    outlook: null,
    dimensions,
    recommendations: recommendations.map((r) => ({
      ...r,
      gain: r.impact >= 8 ? "large" : r.impact >= 3 ? "medium" : "small",
      bandAfter: band.id,
    })),
    warnings: warningsFor(profile, decision),
    path,
    routes,
  };
}
