// The diagnosis ("why did my limit drop?"), built on the model's own thresholds and factors.
export { diagnose } from "./diagnose";
export { CAUSE_STEPS } from "./steps";
export { causeFacts } from "./facts";
export * from "./types";
