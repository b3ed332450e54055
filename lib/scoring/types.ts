// The result of contract v2 (v1 plus the fields below it): what the model returns for a profile.

export const BAND_IDS = ["B0", "B1", "B2", "B3", "B4", "B5"] as const;
export type BandId = (typeof BAND_IDS)[number];

export const DIMENSION_IDS = ["repayment", "borrowing", "finances", "assets", "ecosystem", "spending"] as const;
export type DimensionId = (typeof DIMENSION_IDS)[number];

export const HORIZONS = ["now", "3m", "long"] as const;
export type Horizon = (typeof HORIZONS)[number];

export const EFFORTS = ["low", "medium", "high"] as const;
export type Effort = (typeof EFFORTS)[number];

export interface Band {
  id: BandId;
  min: number;
  max: number;
}

export interface DimensionScore {
  id: DimensionId;
  score: number; // integer 0–100
  weight: number; // weights of all dimensions sum to 1
}

export interface Recommendation {
  id: string;
  horizon: Horizon;
  effort: Effort;
  impact: number; // score gained when the action is applied and the profile scored again
}

export interface Warning {
  id: string;
}

/** The result of contract v1: what a plan stored before v2 holds, and renders as it was stored. */
export interface ResultV1 {
  modelVersion: string;
  score: number; // integer 0–100, "limit readiness"
  band: Band;
  dimensions: DimensionScore[];
  recommendations: Recommendation[]; // ranked, best first
  warnings: Warning[];
}

export const CAP_REASONS = ["overdue", "debt-burden", "income", "thin-file"] as const;
export type CapReason = (typeof CAP_REASONS)[number];

/** The strongest rule holding the band below the ladder band, and what would lift it. */
export interface Cap {
  reason: CapReason;
  /** The step that removes the cap, if one does. */
  liftedBy: string | null;
  /** Else the answer that would: the field's path and the value that lifts the cap (e.g. the monthly income). */
  lift: null | { path: string[]; value: number };
}

export const CONFIDENCES = ["low", "medium", "high"] as const;
export type Confidence = (typeof CONFIDENCES)[number];

export const OUTLOOKS = ["grow", "hold", "at-risk"] as const;
export type Outlook = (typeof OUTLOOKS)[number];

export const GAINS = ["small", "medium", "large"] as const;
export type Gain = (typeof GAINS)[number];

export interface RecommendationV2 extends Recommendation {
  gain: Gain;
  /** The band after this step alone. */
  bandAfter: BandId;
}

export const PATH_MONTHS = [0, 1, 3, 6, 12] as const;
export type PathMonth = (typeof PATH_MONTHS)[number];
export type RouteMonth = Exclude<PathMonth, 0>;

/** One point of the year ahead if the plan is followed. */
export interface PathPoint {
  month: PathMonth;
  score: number;
  band: BandId;
  /** Steps done by this month (cumulative: a step done stays done). */
  done: string[];
}

/** The fewest steps that reach a band, and the earliest month they do. */
export interface Route {
  band: BandId;
  month: RouteMonth;
  steps: string[];
}

export interface Result extends Omit<ResultV1, "recommendations"> {
  ladderBand: BandId;
  cap: Cap | null;
  confidence: Confidence;
  outlook: Outlook | null;
  recommendations: RecommendationV2[];
  path: PathPoint[];
  routes: Route[];
}

/** A result as stored: v1 results of older plans lack the v2 fields. */
export type AnyResult = Result | ResultV1;

export const isResultV2 = (r: AnyResult): r is Result => "ladderBand" in r && "path" in r;

// --- Added by the scoring model (the names above are the contract's and stay as they are). ---

/** Values that make a message personal: plain numbers (percent as integers, money as integer yuan) or words. */
export type Facts = Record<string, number | string>;

/** One factor inside a dimension: the points it earned out of the points it can earn (all maxima sum to 100). */
export interface Factor {
  id: string;
  earned: number;
  max: number;
}
