// The draft in localStorage, without checking it: key, encoding, save and clear. No schema here, so
// the form's first load does not carry zod; reading a stored draft back is draft-storage.ts (loaded
// only when there is one).
import type { Profile } from "@/lib/profile/schema";
import { STEPS, type StepId } from "@/lib/profile/questionnaire-steps";

export const DRAFT_FORMAT = 1;

export interface Draft {
  profile: Profile;
  step: StepId;
}

/** Answers being given for a diagnosis only (never saved as a plan): kept apart from a new plan's draft. */
export const COLLECT_DRAFT_KEY = "liftplan:draft:diagnose";

/** One draft per purpose: a new plan, or the edits to one existing plan. */
export function draftKey(planId?: string): string {
  return planId ? `liftplan:draft:plan:${planId}` : "liftplan:draft:new";
}

/** Form values as stored text; NaN (a half-typed number) is left out rather than turned into null. */
export function encodeDraft(values: unknown, step: StepId): string {
  return JSON.stringify({ format: DRAFT_FORMAT, step, profile: values }, (_key, value) =>
    typeof value === "number" && !Number.isFinite(value) ? undefined : value,
  );
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// Unanswered (NaN) counts as absent, as the stored draft leaves it out.
const absent = (value: unknown) => value === undefined || (typeof value === "number" && Number.isNaN(value));

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (!isRecord(value)) return value;
  return Object.fromEntries(
    Object.keys(value)
      .filter((key) => !absent(value[key]))
      .sort()
      .map((key) => [key, canonical(value[key])]),
  );
}

/** Whether a draft holds nothing new: the starting answers, on the first step (no need to announce it). */
export function isUntouched(draft: Draft, baseline: Profile): boolean {
  return draft.step === STEPS[0].id && JSON.stringify(canonical(draft.profile)) === JSON.stringify(canonical(baseline));
}

/** The stored text of a draft, or null (none, or storage is blocked). */
export function readDraftText(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

export function saveDraft(key: string, values: unknown, step: StepId): void {
  try {
    window.localStorage.setItem(key, encodeDraft(values, step));
  } catch {
    // Private mode or a full storage: the form still works, only the reload safety net is lost.
  }
}

export function clearDraft(key: string): void {
  try {
    window.localStorage.removeItem(key);
  } catch {
    // Nothing stored, nothing to clear.
  }
}
