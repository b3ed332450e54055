// A folded part of the plan page (area scores, don'ts, history, sharing, managing the plan...): a native
// <details>, rendered closed, so the page reads in two or three screens on a phone and opens without
// scripts or layout shift, by touch or keyboard. The section inside keeps its heading for screen readers;
// the summary shows the same words, and `hint` says in a line what is inside.
import type { ReactNode } from "react";

export function PlanFold({ id, summary, hint, children }: { id: string; summary: string; hint?: string; children: ReactNode }) {
  return (
    <details data-testid={`fold-${id}`} className="group rounded-card border border-line bg-white shadow-card print:hidden">
      <summary className="flex min-h-11 cursor-pointer list-none items-center justify-between gap-3 px-4 py-2.5 text-ink [&::-webkit-details-marker]:hidden">
        <span className="min-w-0">
          <span className="block font-semibold">{summary}</span>
          {hint && <span className="block text-sm text-muted">{hint}</span>}
        </span>
        <span aria-hidden="true" className="text-muted transition-transform group-open:rotate-180">
          ▾
        </span>
      </summary>
      <div className="border-t border-line p-4 [&>section>h2:first-child]:sr-only">{children}</div>
    </details>
  );
}
