// The checklist's "Next step": the first step not yet ticked, in the order the plan shows them
// (Do now → Next 3 months → Long term, ranked best first inside each).
import type { Recommendation } from "@/lib/scoring/types";
import { groupByHorizon } from "./horizons";

/** Recommendation ids in the order the plan lists them. */
export function planOrder(recommendations: readonly Recommendation[]): string[] {
  return groupByHorizon(recommendations).flatMap((group) => group.items.map((r) => r.id));
}

/** The id of the first unticked step, or null when every step is done (or there are none). */
export function nextStep(order: readonly string[], done: Readonly<Record<string, boolean | undefined>>): string | null {
  return order.find((id) => done[id] !== true) ?? null;
}

/** How many of the listed steps are ticked (ticks of steps no longer in the plan do not count). */
export function doneCount(order: readonly string[], done: Readonly<Record<string, boolean | undefined>>): number {
  return order.filter((id) => done[id] === true).length;
}
