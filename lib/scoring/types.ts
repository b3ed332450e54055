// The result of contract v1: what the model returns for a profile.

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

export interface Result {
  modelVersion: string;
  score: number; // integer 0–100, "limit readiness"
  band: Band;
  dimensions: DimensionScore[];
  recommendations: Recommendation[]; // ranked, best first
  warnings: Warning[];
}

// --- Added by the scoring model (the names above are the contract's and stay as they are). ---

/** Values that make a message personal: plain numbers (percent as integers, money as integer yuan) or words. */
export type Facts = Record<string, number | string>;

/** One factor inside a dimension: the points it earned out of the points it can earn (all maxima sum to 100). */
export interface Factor {
  id: string;
  earned: number;
  max: number;
}
