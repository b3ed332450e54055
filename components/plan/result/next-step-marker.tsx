"use client";
// Marks the step to take next (the first one not ticked, in the order shown) and, above the plan, how
// many steps are done. Follows the owner's ticks at once; viewers see the owner's saved progress. An
// unsaved result (no plan, nothing ticked) names its first step and counts nothing.
import { useMaybeOwner } from "@/components/plan/owner/owner-context";
import { doneCount, nextStep } from "@/lib/scoring/ticks";

const NOTHING_DONE: Readonly<Record<string, boolean>> = {};

/** The ticks of the saved plan on screen, none for an unsaved result. */
function useTicks(): { saved: boolean; values: Readonly<Record<string, boolean | undefined>> } {
  const owner = useMaybeOwner();
  return owner ? { saved: true, values: owner.checklist.values } : { saved: false, values: NOTHING_DONE };
}

export function NextStepMarker({ id, order, label }: { id: string; order: readonly string[]; label: string }) {
  const { values } = useTicks();
  if (nextStep(order, values) !== id) return null;
  return (
    <p data-testid="next-step" data-step={id} className="mb-1.5 inline-block rounded-full bg-brand-700 px-3 py-0.5 text-sm font-semibold text-white">
      {label}
    </p>
  );
}

export function ChecklistSummary({
  order,
  titles,
  labels,
}: {
  order: readonly string[];
  titles: Readonly<Record<string, string>>;
  /** `progress[k]` reads "k of n steps done" (formatted on the server, plurals and all). */
  labels: { progress: readonly string[]; next: string; allDone: string };
}) {
  const { saved, values } = useTicks();
  if (order.length === 0) return null;
  const done = doneCount(order, values);
  const next = nextStep(order, values);
  return (
    <div data-testid="checklist-summary" data-done={done} className="mt-3 rounded-card border border-brand-200 bg-brand-50 p-3 text-ink sm:p-4">
      {/* One paragraph: how far along, then the next step. */}
      <p>
        {saved && <span className="font-semibold">{labels.progress[done]} · </span>}
        {next ? (
          <>
            {labels.next}{" "}
            <a href={`#rec-${next}-title`} className="font-semibold text-brand-900 underline underline-offset-2">
              {titles[next] ?? next}
            </a>
          </>
        ) : (
          labels.allDone
        )}
      </p>
    </div>
  );
}
