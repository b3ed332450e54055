// Whether a stored plan's owner should see the current model beside it, and what it says. A result from
// an older model version, and any v1 result (it lacks the cap, the outlook and the gains, even when it
// carries today's version number), gets the current model's full result from the upgraded answers.
import type { Profile } from "@/lib/profile/schema";
import { evaluate, isResultV2, MODEL_VERSION, type AnyResult, type ModelComparison, type Result } from "@/lib/scoring";

export function compareStored(stored: AnyResult, profile: Profile): { comparison: ModelComparison; current: Result } | null {
  if (isResultV2(stored) && stored.modelVersion === MODEL_VERSION) return null;
  const current = evaluate(profile);
  return {
    comparison: {
      saved: { modelVersion: stored.modelVersion, score: stored.score, band: stored.band },
      current: { modelVersion: current.modelVersion, score: current.score, band: current.band },
    },
    current,
  };
}
