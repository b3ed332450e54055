// One next step everywhere: the plan page, the what-if (unchanged answers), the printed sheet and the
// calendar all name the step lib/scoring/next-step.ts names, for the same answers and ticks.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { initialWhatIf, simulate } from "@/lib/whatif/simulation";
import { scheduleSteps, NOW_FIRST_DAY, type CalendarStep } from "@/lib/plans/calendar";
import { evaluate, nextStep, nextStepOf, planOrder, triageFor, type Recommendation } from "@/lib/scoring";
import { validProfileArb } from "../fixtures/arbitraries";
import { PROPERTY_TIMEOUT } from "./scoring-helpers";

const RUNS = { numRuns: 200 } as const;

/** Ticks on some of the plan's steps (and one not in it, which must not count). */
const ticksArb = (recs: readonly Recommendation[]) =>
  fc.subarray(recs.map((r) => r.id)).map((ids) => Object.fromEntries([...ids, "gone"].map((id) => [id, true])));

describe("next step, from one place", () => {
  it("is the same for the plan, the what-if, the print sheet and the calendar", () => {
    fc.assert(
      fc.property(
        validProfileArb.chain((p) => {
          const recs = evaluate(p).recommendations;
          return fc.tuple(fc.constant(p), fc.constant(recs), ticksArb(recs));
        }),
        ([p, recs, done]) => {
          // The plan page: the first unticked step in the order it lists them.
          const plan = nextStep(planOrder(recs, p), done);
          // The what-if with the saved answers unchanged: scored again in the browser.
          const whatIf = nextStepOf(simulate(initialWhatIf(p)).result.recommendations, p, done);
          // The print sheet: the stored result and the owner's ticks.
          const print = nextStepOf(recs, p, done);
          // The calendar: its first reminder.
          const steps: CalendarStep[] = recs.map((r) => ({ id: r.id, horizon: r.horizon, title: r.id, description: null }));
          const first = scheduleSteps(steps, print).filter((s) => s.day === NOW_FIRST_DAY);
          expect(whatIf).toBe(plan);
          expect(print).toBe(plan);
          if (plan) {
            expect(first.map((s) => s.step.id)).toEqual([plan]);
            expect(done[plan]).not.toBe(true);
          } else {
            expect(recs.every((r) => done[r.id] === true)).toBe(true);
          }
        },
      ),
      RUNS,
    );
  }, PROPERTY_TIMEOUT);

  it("is the first leading step of triage when nothing is ticked", () => {
    fc.assert(
      fc.property(validProfileArb, (p) => {
        const recs = evaluate(p).recommendations;
        const triage = triageFor(p, recs);
        const next = nextStepOf(recs, p);
        if (triage && triage.lead.length > 0) expect(next).toBe(triage.lead[0]);
        else expect(next).toBe(planOrder(recs)[0] ?? null);
      }),
      RUNS,
    );
  }, PROPERTY_TIMEOUT);

  it("lists every step once", () => {
    fc.assert(
      fc.property(validProfileArb, (p) => {
        const recs = evaluate(p).recommendations;
        const order = planOrder(recs, p);
        expect([...order].sort()).toEqual(recs.map((r) => r.id).sort());
      }),
      RUNS,
    );
  }, PROPERTY_TIMEOUT);
});
