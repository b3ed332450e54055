// The what-if state, kept pure so it can be tested without a browser: the saved answers, the answers as
// changed, and the plan's steps ticked on top. Everything is scored by the same lib/scoring module the
// server uses, in the browser, so no change ever needs a request.
import type { Profile } from "@/lib/profile/schema";
import { CATALOGUE, RECOMMENDATION_IDS, evaluate, type RecommendationId, type Result } from "@/lib/scoring";

type ToggleKey = "currentlyOverdue" | "autopay" | "billsLinked" | "profileComplete";
type NumberKey =
  | "latePayments12m" | "applications3m" | "activeLenders" | "draws6m"
  | "monthlyIncome" | "monthlyDebtPayments" | "liquidSavings";
export type WhatIfKey = ToggleKey | NumberKey;

interface Place {
  section: "repayment" | "borrowing" | "finances" | "assets" | "ecosystem";
}
export type WhatIfField =
  | (Place & { key: ToggleKey; kind: "toggle" })
  | (Place & { key: NumberKey; kind: "count" | "money"; limit: number; span: number; step: number });

/**
 * The answers that move the model most (see docs/model.md), each with its contract range. `span` is how
 * far a slider reaches by default; it stretches to twice the saved value so that any saved answer fits.
 */
export const WHATIF_FIELDS: readonly WhatIfField[] = [
  { key: "currentlyOverdue", section: "repayment", kind: "toggle" },
  { key: "latePayments12m", section: "repayment", kind: "count", limit: 60, span: 12, step: 1 },
  { key: "autopay", section: "repayment", kind: "toggle" },
  { key: "applications3m", section: "borrowing", kind: "count", limit: 100, span: 10, step: 1 },
  { key: "activeLenders", section: "borrowing", kind: "count", limit: 50, span: 8, step: 1 },
  { key: "draws6m", section: "borrowing", kind: "count", limit: 200, span: 40, step: 1 },
  { key: "monthlyIncome", section: "finances", kind: "money", limit: 10_000_000, span: 30_000, step: 500 },
  { key: "monthlyDebtPayments", section: "finances", kind: "money", limit: 10_000_000, span: 15_000, step: 100 },
  { key: "liquidSavings", section: "assets", kind: "money", limit: 1_000_000_000, span: 100_000, step: 1_000 },
  { key: "billsLinked", section: "ecosystem", kind: "toggle" },
  { key: "profileComplete", section: "ecosystem", kind: "toggle" },
];

export function fieldValue(p: Profile, field: WhatIfField): number | boolean {
  return (p[field.section] as Record<string, number | boolean>)[field.key] as number | boolean;
}

/** The top of a slider: the default reach, or twice the saved value when that is more; never past the contract. */
export function sliderMax(field: Extract<WhatIfField, { kind: "count" | "money" }>, saved: Profile): number {
  const savedValue = Number(fieldValue(saved, field));
  const reach = Math.max(field.span, Math.ceil((2 * savedValue) / field.step) * field.step);
  return Math.min(field.limit, reach);
}

/** The profile with one answer changed, kept inside the contract (whole counts, no negatives, ranges). */
export function setAnswer(p: Profile, field: WhatIfField, value: number | boolean): Profile {
  let next: number | boolean;
  if (field.kind === "toggle") next = value === true;
  else {
    const n = typeof value === "number" && Number.isFinite(value) ? value : 0;
    const clamped = Math.min(field.limit, Math.max(0, n));
    next = field.kind === "count" ? Math.round(clamped) : clamped;
  }
  return { ...p, [field.section]: { ...p[field.section], [field.key]: next } } as Profile;
}

export interface WhatIfState {
  saved: Profile;
  answers: Profile;
  /** Ticked steps, applied on top of the answers in catalogue order. */
  steps: readonly RecommendationId[];
}

export type WhatIfAction =
  | { type: "answer"; key: WhatIfKey; value: number | boolean }
  | { type: "step"; id: RecommendationId; on: boolean }
  | { type: "reset"; saved?: Profile };

export const initialWhatIf = (saved: Profile): WhatIfState => ({ saved, answers: saved, steps: [] });

export function whatIfReducer(state: WhatIfState, action: WhatIfAction): WhatIfState {
  switch (action.type) {
    case "answer": {
      const field = WHATIF_FIELDS.find((f) => f.key === action.key);
      return field ? { ...state, answers: setAnswer(state.answers, field, action.value) } : state;
    }
    case "step": {
      const others = state.steps.filter((id) => id !== action.id);
      const steps = action.on ? [...others, action.id] : others;
      return { ...state, steps: RECOMMENDATION_IDS.filter((id) => steps.includes(id)) };
    }
    case "reset":
      return initialWhatIf(action.saved ?? state.saved);
  }
}

/** The answers with every ticked step applied, in catalogue order: what is scored and what a save stores. */
export function simulatedProfile(state: WhatIfState): Profile {
  let p = state.answers;
  for (const id of state.steps) p = CATALOGUE[id].apply(p);
  return p;
}

export interface Simulation {
  profile: Profile;
  result: Result;
  /** Nothing differs from the saved answers (so there is nothing to save). */
  unchanged: boolean;
}

export function simulate(state: WhatIfState): Simulation {
  const profile = simulatedProfile(state);
  return { profile, result: evaluate(profile), unchanged: JSON.stringify(profile) === JSON.stringify(state.saved) };
}
