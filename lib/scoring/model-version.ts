// A stored plan keeps the result it was scored with. When the model has moved on since, this says what the
// current model makes of the same answers, so the owner can see both side by side.
import type { Profile } from "@/lib/profile/schema";
import { scoreProfile } from "./score";
import type { Band, Result } from "./types";
import { MODEL_VERSION } from "./version";

export interface ModelComparison {
  saved: { modelVersion: string; score: number; band: Band };
  current: { modelVersion: string; score: number; band: Band };
}

/** null when the stored result already comes from the current model (nothing to compare). */
export function compareWithCurrentModel(
  stored: Pick<Result, "modelVersion" | "score" | "band">,
  profile: Profile,
): ModelComparison | null {
  if (stored.modelVersion === MODEL_VERSION) return null;
  const { score, band } = scoreProfile(profile);
  return {
    saved: { modelVersion: stored.modelVersion, score: stored.score, band: stored.band },
    current: { modelVersion: MODEL_VERSION, score, band },
  };
}
