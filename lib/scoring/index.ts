// The scoring model: profile in, result out. Pure and deterministic (no clock, no randomness, no I/O),
// so the same module runs on the server and in the browser for live what-ifs.
export { MODEL_VERSION } from "./version";
export { evaluate } from "./evaluate";
export { scoreProfile, type Scored } from "./score";
export { BANDS, BAND_FLOORS, ladderBand, bandRank } from "./bands";
export {
  HIGH_DEBT_BURDEN, INCOME_CEILING_MONTHS, THIN_MONTHS, THIN_YEARS, capsFor, incomeCeilingBand, incomeForBand, isThinFile,
} from "./caps";
export { confidenceFor, unknownAnswers } from "./confidence";
export { outlookFor, bandOfLimit } from "./outlook";
export { WEIGHTS, FACTOR_IDS } from "./dimensions";
export { RECOMMENDATION_IDS, CATALOGUE, type RecommendationId, type RecommendationDefinition } from "./recommendations/catalogue";
export { recommendationFacts } from "./recommendations/facts";
export { EFFORT_WEIGHTS, MIN_GAIN, LARGE_GAIN, MEDIUM_GAIN } from "./recommendations/recommend";
export { WARNING_IDS, type WarningId } from "./warnings";
export { DONT_IDS, dontsFor, type DontId } from "./donts";
export { dimensionFacts, dimensionBreakdown } from "./explain";
export { debtBurden } from "./ratios";
export { planOrder, nextStep, nextStepOf, doneCount } from "./next-step";
export {
  TRIAGE_REASONS, TRIAGE_LEAD_IDS, TRIAGE_ADVICE_IDS, TRIAGE_CHANNEL_IDS, triageFor, triageReasons,
  type Triage, type TriageReason, type TriageAdviceId,
} from "./triage";
export { compareWithCurrentModel, type ModelComparison } from "./model-version";
export { yearAhead, passTime, showMonth, type Habits, type PlanStep } from "./path";
export * from "./types";
