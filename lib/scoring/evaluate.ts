// The full result of contract v2 for one profile.
import type { Profile } from "@/lib/profile/schema";
import { confidenceFor } from "./confidence";
import { outlookFor } from "./outlook";
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
    ladderBand: decision.ladder,
    cap: decision.cap,
    confidence: confidenceFor(profile),
    outlook: outlookFor(profile, band.id),
    dimensions,
    recommendations: recommend(profile, raw),
    warnings: warningsFor(profile),
    // Placeholder until the path and routes (lib/scoring/path) are wired in.
    path: [{ month: 0, score, band: band.id, done: [] }],
    routes: [],
  };
}
