"use client";
// Marks the step to take next (the first one not ticked, in the order shown) and, above the plan, how
// many steps are done. Follows the owner's ticks at once; viewers see the owner's saved progress.
import { useOwner } from "../owner/owner-context";
import { doneCount, nextStep } from "@/lib/scoring/ticks";

export function NextStepMarker({ id, order, label }: { id: string; order: readonly string[]; label: string }) {
  const { checklist } = useOwner();
  if (nextStep(order, checklist.values) !== id) return null;
  return (
    <p data-testid="next-step" data-step={id} className="mb-2 inline-block rounded-full bg-brand-700 px-3 py-0.5 text-sm font-semibold text-white">
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
  const { checklist } = useOwner();
  if (order.length === 0) return null;
  const done = doneCount(order, checklist.values);
  const next = nextStep(order, checklist.values);
  return (
    <div data-testid="checklist-summary" data-done={done} className="mt-3 rounded-card border border-brand-200 bg-brand-50 p-4 text-ink">
      <p className="font-semibold">
        {labels.progress[done]}
      </p>
      <p className="mt-1">
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
