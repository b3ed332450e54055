// The diagnosis of contract v2 ("why did my limit drop?"): what happened, the causes the answers point to,
// the steps that address them and the official places to ask. Types and ids only, so the page can use
// them without loading the model.

export const DIAGNOSIS_EVENTS = ["limit-cut", "line-closed", "draw-refused", "application-refused"] as const;
export type DiagnosisEvent = (typeof DIAGNOSIS_EVENTS)[number];

/** How far back the event may lie, in months (the contract's range). */
export const MAX_MONTHS_AGO = 24;

/** In the order they are tried; the ranking decides the order shown. */
export const CAUSE_IDS = [
  "overdue",
  "late-payments",
  "many-applications",
  "multi-lending",
  "high-debt-burden",
  "line-maxed",
  "frequent-draws",
  "large-draw",
  "unused-line",
  "thin-record",
  "income-ceiling",
  "lender-review",
] as const;
export type CauseId = (typeof CAUSE_IDS)[number];

export const CAUSE_STRENGTHS = ["strong", "possible"] as const;
export type CauseStrength = (typeof CAUSE_STRENGTHS)[number];

/** A profile field's path, as in the API's issues[].path (e.g. ["borrowing", "applications3m"]). */
export type FieldPath = string[];

export interface Cause {
  id: CauseId;
  strength: CauseStrength;
  /** The answers that point to this cause. Empty only for `lender-review`, which no answer explains. */
  evidence: FieldPath[];
}

/** The official ways to ask and to check, each cited in docs/model.md ("Diagnosis"). */
export const CHANNEL_IDS = ["platform-service", "credit-report", "credit-objection", "regulator-complaints"] as const;
export type ChannelId = (typeof CHANNEL_IDS)[number];

export interface Diagnosis {
  causes: Cause[];
  /** Catalogue steps, among the profile's own recommendations, in the order of the causes they address. */
  steps: string[];
  channels: ChannelId[];
}

export interface DiagnosisRequest {
  event: DiagnosisEvent;
  monthsAgo: number;
}
