// A stored plan keeps the result it was scored with. When the model has moved on since, or the stored
// result is a v1 one (it lacks the cap, the outlook and the gains), this says what the current model makes
// of the same answers, so the owner can see both side by side.
import type { Profile } from "@/lib/profile/schema";
import { scoreWithDecision } from "./score";
import { isResultV2, type AnyResult, type Band, type BandId, type Cap, type ResultV1 } from "./types";
import { MODEL_VERSION } from "./version";

export interface ModelComparison {
  saved: { modelVersion: string; score: number; band: Band };
  /** The current model's result in brief, with what caps its band. */
  current: { modelVersion: string; score: number; band: Band; ladderBand: BandId; cap: Cap | null };
}

/** null when the stored result is a v2 result of the current model (nothing to compare). */
export function compareWithCurrentModel(
  stored: AnyResult | Pick<ResultV1, "modelVersion" | "score" | "band">,
  profile: Profile,
): ModelComparison | null {
  if (stored.modelVersion === MODEL_VERSION && "recommendations" in stored && isResultV2(stored)) return null;
  const { score, band, decision } = scoreWithDecision(profile);
  return {
    saved: { modelVersion: stored.modelVersion, score: stored.score, band: stored.band },
    current: { modelVersion: MODEL_VERSION, score, band, ladderBand: decision.ladder, cap: decision.cap },
  };
}
