// The owner's ticks against the plan's order: which step is next and how many are done. No imports, so
// the checklist's client code stays small (the order itself comes from next-step.ts).

type Done = Readonly<Record<string, boolean | undefined>>;

/** The id of the first unticked step, or null when every step is done (or there are none). */
export function nextStep(order: readonly string[], done: Done): string | null {
  return order.find((id) => done[id] !== true) ?? null;
}

/** How many of the listed steps are ticked (ticks of steps no longer in the plan do not count). */
export function doneCount(order: readonly string[], done: Done): number {
  return order.filter((id) => done[id] === true).length;
}
