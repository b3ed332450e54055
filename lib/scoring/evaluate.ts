// The full result of contract v1 for one profile.
import type { Profile } from "@/lib/profile/schema";
import { recommend } from "./recommendations/recommend";
import { scoreWithDecision } from "./score";
import type { Result } from "./types";
import { MODEL_VERSION } from "./version";
import { warningsFor } from "./warnings";

export function evaluate(profile: Profile): Result {
  const { score, band, dimensions, decision, raw } = scoreWithDecision(profile);
  return {
    modelVersion: MODEL_VERSION,
    score,
    band,
    dimensions,
    recommendations: recommend(profile, raw),
    warnings: warningsFor(profile, decision),
  };
}
