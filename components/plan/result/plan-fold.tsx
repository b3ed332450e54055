// A folded part of the plan page (area scores, don'ts, history...): a native <details>, rendered on the
// server and closed, so the page reads in a few screens on a phone and opens without scripts or layout
// shift. The section inside keeps its heading for screen readers; the summary shows the same words.
import type { ReactNode } from "react";

export function PlanFold({ id, summary, children }: { id: string; summary: string; children: ReactNode }) {
  return (
    <details data-testid={`fold-${id}`} className="group rounded-card border border-line bg-white shadow-card print:hidden">
      <summary className="flex min-h-12 cursor-pointer list-none items-center justify-between gap-3 px-4 py-3 font-semibold text-ink [&::-webkit-details-marker]:hidden">
        <span>{summary}</span>
        <span aria-hidden="true" className="text-muted transition-transform group-open:rotate-180">
          ▾
        </span>
      </summary>
      <div className="border-t border-line p-4 [&>section>h2:first-child]:sr-only">{children}</div>
    </details>
  );
}
