// Unfinished answers are kept in this browser so a reload (or a phone dropping the tab) loses nothing.
// What comes back from storage is untrusted: every answer is checked against the schema on the way
// in, a bad one falls back to the starting answer, and a draft that still does not form a valid
// profile is dropped.
import { defaultBusiness, profileSchema, type Profile } from "@/lib/profile";
import { ALL_FIELDS, STEPS, leafSchema, visibleSteps, type FieldName, type StepId } from "./steps";

const DRAFT_FORMAT = 1;

export interface Draft {
  profile: Profile;
  step: StepId;
}

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

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function readLeaf(source: Record<string, unknown>, name: FieldName): unknown {
  if (name === "purpose") return source.purpose;
  const [section, field] = name.split(".") as [string, string];
  const group = source[section];
  return isRecord(group) ? group[field] : undefined;
}

function writeLeaf(target: Record<string, unknown>, name: FieldName, value: unknown): void {
  if (name === "purpose") {
    target.purpose = value;
    return;
  }
  const [section, field] = name.split(".") as [string, string];
  const group = target[section];
  if (isRecord(group)) group[field] = value;
}

/**
 * Stored text -> a valid draft, or null. `baseline` (the starting answers: defaults, or the plan
 * being edited) fills in anything missing or invalid.
 */
export function decodeDraft(raw: string | null, baseline: Profile): Draft | null {
  if (!raw) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return null;
  }
  if (!isRecord(parsed) || parsed.format !== DRAFT_FORMAT || !isRecord(parsed.profile)) return null;
  const stored = parsed.profile;

  const candidate = structuredClone(baseline) as Record<string, unknown>;
  if (!isRecord(candidate.business)) candidate.business = { ...defaultBusiness };
  for (const name of ALL_FIELDS) {
    const value = readLeaf(stored, name);
    if (value !== undefined && leafSchema(name).safeParse(value).success) writeLeaf(candidate, name, value);
  }
  // Business details belong to the profile only while the purpose is business.
  if (candidate.purpose !== "business") delete candidate.business;

  const result = profileSchema.safeParse(candidate);
  if (!result.success) return null;

  const steps = visibleSteps(result.data.purpose);
  const step = steps.find((s) => s.id === parsed.step)?.id ?? STEPS[0].id;
  return { profile: result.data, step };
}

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (!isRecord(value)) return value;
  return Object.fromEntries(
    Object.keys(value)
      .filter((key) => value[key] !== undefined)
      .sort()
      .map((key) => [key, canonical(value[key])]),
  );
}

/** Whether a draft holds nothing new: the starting answers, on the first step (no need to announce it). */
export function isUntouched(draft: Draft, baseline: Profile): boolean {
  return draft.step === STEPS[0].id && JSON.stringify(canonical(draft.profile)) === JSON.stringify(canonical(baseline));
}

/** Reads a draft from localStorage (null when there is none, it is invalid, or storage is blocked). */
export function loadDraft(key: string, baseline: Profile): Draft | null {
  try {
    const draft = decodeDraft(window.localStorage.getItem(key), baseline);
    if (!draft) window.localStorage.removeItem(key);
    return draft;
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
