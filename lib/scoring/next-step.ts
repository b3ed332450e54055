// The plan's order and its next step, in one place: the plan page, the what-if, the printed sheet and the
// calendar all take them from here, so they never name different steps.
// Order: when triage applies, its leading steps first; then the rest as the plan lists them
// (Do now → Next 3 months → Long term, ranked best first inside each).
import type { Profile } from "@/lib/profile/schema";
import { nextStep } from "./ticks";
import { triageFor } from "./triage";
import { HORIZONS, type Recommendation } from "./types";

export { doneCount, nextStep } from "./ticks";

type Done = Readonly<Record<string, boolean | undefined>>;

/** Recommendation ids in the order the plan lists them; with the answers, triage's leading steps come first. */
export function planOrder(recommendations: readonly Recommendation[], profile?: Profile): string[] {
  const byHorizon = HORIZONS.flatMap((h) => recommendations.filter((r) => r.horizon === h).map((r) => r.id));
  const lead = profile ? (triageFor(profile, recommendations)?.lead ?? []) : [];
  return [...lead, ...byHorizon.filter((id) => !lead.includes(id))];
}

/** The plan's next step from its steps, the answers and the owner's ticks (none: the first step). */
export function nextStepOf(recommendations: readonly Recommendation[], profile: Profile, done: Done = {}): string | null {
  return nextStep(planOrder(recommendations, profile), done);
}
