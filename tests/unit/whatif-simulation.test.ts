// The what-if simulator's state: steps and answers scored by the same module as the server, and every
// simulated profile still a valid one (so the owner's "save as a new snapshot" can never be refused).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  WHATIF_FIELDS, fieldValue, initialWhatIf, setAnswer, simulate, simulatedProfile, sliderMax, whatIfReducer,
  type WhatIfAction, type WhatIfState,
} from "@/lib/whatif/simulation";
import { profileSchema } from "@/lib/profile/schema";
import { CATALOGUE, RECOMMENDATION_IDS, evaluate, type RecommendationId } from "@/lib/scoring";
import { validProfileArb } from "../fixtures/arbitraries";
import { highDebt, multiLender, typical } from "../fixtures/profiles";
import { PROPERTY_TIMEOUT } from "./scoring-helpers";

const field = (key: string) => {
  const found = WHATIF_FIELDS.find((f) => f.key === key);
  if (!found) throw new Error(key);
  return found;
};
const run = (state: WhatIfState, actions: WhatIfAction[]) => actions.reduce(whatIfReducer, state);

describe("what-if simulation", { timeout: PROPERTY_TIMEOUT }, () => {
  it("starts at the saved plan: same result as the server's evaluate, nothing to save", () => {
    const sim = simulate(initialWhatIf(typical));
    expect(sim.result).toEqual(evaluate(typical));
    expect(sim.unchanged).toBe(true);
  });

  it("a ticked step gains exactly the plan's estimated gain, and unticking it undoes it", () => {
    const saved = evaluate(multiLender);
    for (const r of saved.recommendations) {
      const ticked = run(initialWhatIf(multiLender), [{ type: "step", id: r.id as RecommendationId, on: true }]);
      const sim = simulate(ticked);
      expect(sim.profile).toEqual(CATALOGUE[r.id as RecommendationId].apply(multiLender));
      expect(sim.result.score - saved.score, r.id).toBe(r.impact);
      expect(sim.unchanged).toBe(false);
      const unticked = whatIfReducer(ticked, { type: "step", id: r.id as RecommendationId, on: false });
      expect(simulate(unticked).result).toEqual(saved);
    }
  });

  it("applies ticked steps in catalogue order, whatever order they were ticked in", () => {
    const ids: RecommendationId[] = ["lower-debt-burden", "pause-applications", "enable-autopay"];
    const a = run(initialWhatIf(highDebt), ids.map((id) => ({ type: "step", id, on: true })));
    const b = run(initialWhatIf(highDebt), [...ids].reverse().map((id) => ({ type: "step", id, on: true })));
    expect(a.steps).toEqual(RECOMMENDATION_IDS.filter((id) => ids.includes(id)));
    expect(simulatedProfile(a)).toEqual(simulatedProfile(b));
    // Ticking twice does not apply twice.
    expect(whatIfReducer(a, { type: "step", id: "enable-autopay", on: true }).steps).toEqual(a.steps);
  });

  it("changing an answer moves the result; reset brings back the saved plan", () => {
    const changed = run(initialWhatIf(typical), [{ type: "answer", key: "currentlyOverdue", value: true }]);
    expect(simulate(changed).result.band.id).toBe("B0");
    const reset = whatIfReducer(changed, { type: "reset" });
    expect(reset).toEqual(initialWhatIf(typical));
    const moved = whatIfReducer(reset, { type: "reset", saved: highDebt });
    expect(simulate(moved).result).toEqual(evaluate(highDebt));
  });

  it("keeps answers inside the contract: whole counts, no negatives, no more than the maximum", () => {
    expect(setAnswer(typical, field("applications3m"), 2.6).borrowing.applications3m).toBe(3);
    expect(setAnswer(typical, field("activeLenders"), -4).borrowing.activeLenders).toBe(0);
    expect(setAnswer(typical, field("latePayments12m"), 1e9).repayment.latePayments12m).toBe(60);
    expect(setAnswer(typical, field("monthlyIncome"), Number.NaN).finances.monthlyIncome).toBe(0);
    expect(setAnswer(typical, field("monthlyIncome"), 1234.5).finances.monthlyIncome).toBe(1234.5);
    expect(setAnswer(typical, field("autopay"), true).repayment.autopay).toBe(true);
  });

  it("reaches every saved value with its slider, and never past the contract", () => {
    fc.assert(
      fc.property(validProfileArb, (p) => {
        for (const f of WHATIF_FIELDS) {
          if (f.kind === "toggle") continue;
          const max = sliderMax(f, p);
          expect(max).toBeGreaterThanOrEqual(Number(fieldValue(p, f)));
          expect(max).toBeLessThanOrEqual(f.limit);
          expect(max).toBeGreaterThan(0);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("every simulated profile is valid, so saving it as a snapshot is never refused", () => {
    const numeric = WHATIF_FIELDS.filter((f) => f.kind !== "toggle");
    const actionArb: fc.Arbitrary<WhatIfAction> = fc.oneof(
      fc.record({ type: fc.constant("step" as const), id: fc.constantFrom(...RECOMMENDATION_IDS), on: fc.boolean() }),
      fc.record({
        type: fc.constant("answer" as const),
        key: fc.constantFrom(...numeric.map((f) => f.key)),
        value: fc.oneof(fc.integer({ min: -10, max: 2_000_000 }), fc.double({ noNaN: false })),
      }),
      fc.record({
        type: fc.constant("answer" as const),
        key: fc.constantFrom(...WHATIF_FIELDS.filter((f) => f.kind === "toggle").map((f) => f.key)),
        value: fc.boolean(),
      }),
    );
    fc.assert(
      fc.property(validProfileArb, fc.array(actionArb, { maxLength: 8 }), (p, actions) => {
        const sim = simulate(run(initialWhatIf(p), actions));
        expect(profileSchema.safeParse(sim.profile).success).toBe(true);
        expect(sim.result).toEqual(evaluate(sim.profile));
      }),
      { numRuns: 500 },
    );
  });
});
