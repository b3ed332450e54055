// A plan keeps the result it was scored with; when the model has moved on, the owner also sees what the
// current model says from the same answers.
import { describe, expect, it } from "vitest";
import { BANDS, MODEL_VERSION, compareWithCurrentModel, evaluate } from "@/lib/scoring";
import { highDebt, typical } from "../fixtures/profiles";

describe("compareWithCurrentModel", () => {
  it("has nothing to say about a result from the current model", () => {
    expect(compareWithCurrentModel(evaluate(typical), typical)).toBeNull();
  });

  it("keeps the stored result as it was and scores the same answers with the current model", () => {
    const old = { modelVersion: "2025.9", score: 12, band: { id: "B1" as const, ...BANDS.B1 } };
    const current = evaluate(highDebt);
    const comparison = compareWithCurrentModel(old, highDebt);
    expect(comparison).toEqual({
      saved: { modelVersion: "2025.9", score: 12, band: old.band },
      current: { modelVersion: MODEL_VERSION, score: current.score, band: current.band },
    });
    expect(comparison?.current.modelVersion).not.toBe(comparison?.saved.modelVersion);
  });
});
