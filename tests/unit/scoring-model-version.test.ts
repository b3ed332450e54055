// A plan keeps the result it was scored with; when the model has moved on, the owner also sees what the
// current model says from the same answers.
import { describe, expect, it } from "vitest";
import { BANDS, MODEL_VERSION, compareWithCurrentModel, evaluate, type ResultV1 } from "@/lib/scoring";
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
      current: { modelVersion: MODEL_VERSION, score: current.score, band: current.band, ladderBand: current.ladderBand, cap: current.cap },
    });
    expect(comparison?.current.modelVersion).not.toBe(comparison?.saved.modelVersion);
  });

  it("gives a v1 result, even under today's version number, the current model's result and cap beside it", () => {
    const { ladderBand: _l, cap: _c, confidence: _f, outlook: _o, path: _p, routes: _r, ...rest } = evaluate(highDebt);
    const v1: ResultV1 = { ...rest, modelVersion: MODEL_VERSION, score: 30, band: { id: "B1", ...BANDS.B1 }, recommendations: [] };
    const comparison = compareWithCurrentModel(v1, highDebt);
    const current = evaluate(highDebt);
    expect(comparison?.saved).toEqual({ modelVersion: MODEL_VERSION, score: 30, band: { id: "B1", ...BANDS.B1 } });
    expect(comparison?.current).toEqual({ modelVersion: MODEL_VERSION, score: current.score, band: current.band, ladderBand: current.ladderBand, cap: current.cap });
  });

  it("compares a v2 result of an older model version", () => {
    expect(compareWithCurrentModel({ ...evaluate(typical), modelVersion: "2025.1" }, typical)?.saved.modelVersion).toBe("2025.1");
  });
});
