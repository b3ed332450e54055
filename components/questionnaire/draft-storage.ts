// Unfinished answers are kept in this browser so a reload (or a phone dropping the tab) loses nothing.
// What comes back from storage is untrusted: every answer is checked against the schema on the way
// in, a bad one falls back to the starting answer, and a draft that still does not form a valid
// profile (questions not yet answered aside) is dropped. A draft kept by the questionnaire of contract v1 is upgraded, not dropped: the
// questions v1 never asked take the answers its own answers imply (upgradeProfile), never the
// starting answers. (Loaded only when a draft is stored: it brings zod.)
import { blankBusiness } from "@/lib/profile/defaults";
import { profileSchema, type Profile, type ProfileV1 } from "@/lib/profile/schema";
import { upgradeProfile } from "@/lib/profile/upgrade";
import { leafSchema } from "@/lib/profile/field-specs";
import { ALL_FIELDS, STEPS, visibleSteps, type FieldName } from "@/lib/profile/questionnaire-steps";
import { clearDraft, DRAFT_FORMAT, isRecord, type Draft } from "./draft-text";

export { draftKey, encodeDraft, isUntouched, type Draft } from "./draft-text";

function readLeaf(source: Record<string, unknown>, name: FieldName): unknown {
  if (name === "purpose") return source.purpose;
  const [section, field] = name.split(".") as [string, string];
  const group = source[section];
  return isRecord(group) ? group[field] : undefined;
}

/** The questions contract v2 added: a v1 draft has no answer to them. */
export const V2_FIELDS = [
  "borrowing.largestDraw6m",
  "finances.incomeSource",
  "finances.incomeProof",
  "assets.declared",
  "business.paymentsReceived",
  "business.monthlyPurchases",
] as const satisfies readonly FieldName[];

/** What v1's own answers imply for the questions it never asked (the contract's upgrade rule). */
function impliedByV1(candidate: Record<string, unknown>): Profile {
  const v1 = structuredClone(candidate) as Record<string, unknown>;
  v1.version = 1;
  for (const name of V2_FIELDS) {
    const [section, field] = name.split(".") as [string, string];
    const group = v1[section];
    if (isRecord(group)) delete group[field];
  }
  return upgradeProfile(v1 as unknown as ProfileV1);
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
  if (!isRecord(candidate.business)) candidate.business = { ...blankBusiness };
  for (const name of ALL_FIELDS) {
    const value = readLeaf(stored, name);
    if (value !== undefined && leafSchema(name).safeParse(value).success) writeLeaf(candidate, name, value);
  }
  // Business details belong to the profile only while the purpose is business.
  if (candidate.purpose !== "business") delete candidate.business;
  if (stored.version !== 2) {
    const implied = impliedByV1(candidate) as unknown as Record<string, unknown>;
    for (const name of V2_FIELDS) {
      const value = readLeaf(stored, name);
      if (value === undefined || !leafSchema(name).safeParse(value).success) writeLeaf(candidate, name, readLeaf(implied, name));
    }
  }

  // Questions not answered yet (NaN) stay unanswered; everything else must form a valid profile.
  const result = profileSchema.safeParse(withPlaceholders(candidate));
  if (!result.success) return null;

  const profile = candidate as unknown as Profile;
  const steps = visibleSteps(profile.purpose);
  const step = steps.find((s) => s.id === parsed.step)?.id ?? STEPS[0].id;
  return { profile, step };
}

/** A copy with every unanswered question given an answer the schema takes, to check the rest. */
function withPlaceholders(candidate: Record<string, unknown>): Record<string, unknown> {
  const filled = structuredClone(candidate);
  for (const name of ALL_FIELDS) {
    const value = readLeaf(filled, name);
    if (typeof value === "number" && Number.isNaN(value)) {
      writeLeaf(filled, name, leafSchema(name).safeParse(null).success ? null : 0);
    }
  }
  return filled;
}

/** Checks stored draft text; an invalid draft is removed. */
export function checkDraft(key: string, raw: string, baseline: Profile): Draft | null {
  const draft = decodeDraft(raw, baseline);
  if (!draft) clearDraft(key);
  return draft;
}
