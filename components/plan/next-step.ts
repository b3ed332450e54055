// The plan's order and next step live in the model (lib/scoring/next-step.ts); re-exported for the plan's components.
export { doneCount, nextStep, nextStepOf, planOrder } from "@/lib/scoring/next-step";
