// The scoring model: profile in, result out. Pure and deterministic (no clock, no randomness, no I/O),
// so the same module runs on the server and in the browser for live what-ifs.
export { MODEL_VERSION } from "./version";
export { evaluate } from "./evaluate";
export { scoreProfile } from "./score";
export { BANDS, ladderBand } from "./bands";
export { HIGH_DEBT_BURDEN, capsFor, incomeCeilingBand, incomeForBand } from "./caps";
export { WEIGHTS, FACTOR_IDS } from "./dimensions";
export { RECOMMENDATION_IDS, CATALOGUE, type RecommendationId } from "./recommendations/catalogue";
export { recommendationFacts } from "./recommendations/facts";
export { EFFORT_WEIGHTS } from "./recommendations/recommend";
export { WARNING_IDS } from "./warnings";
export { DONT_IDS, dontsFor } from "./donts";
export { dimensionFacts, dimensionBreakdown } from "./explain";
export { debtBurden } from "./ratios";
export { planOrder, nextStep, nextStepOf } from "./next-step";
export { TRIAGE_LEAD_IDS, TRIAGE_CHANNEL_IDS, triageFor } from "./triage";
export { compareWithCurrentModel } from "./model-version";
export * from "./types";
