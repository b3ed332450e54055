// Building blocks of the printable checklist: tick-box lists (drawn boxes), one line of how-to per step,
// and plain lists.
// Their look lives in the print page's stylesheet (ck-* classes).
import type { ReactNode } from "react";

export interface PrintChecklistItem {
  id: string;
  done: boolean;
  title: string;
  /** One line on how to do it, in general words. */
  how: string | null;
  /** The measurable target with today's value, label included. */
  target?: ReactNode;
  /** "Due by 29 Nov 2026", when the step has a date. */
  due?: string;
}

export function PrintChecklist({
  heading,
  note,
  items,
  empty,
  doneLabel,
  testId,
}: {
  heading: string;
  /** How the due dates were set. */
  note?: string;

  items: PrintChecklistItem[];
  empty: string;
  doneLabel: string;
  testId: string;
}) {
  return (
    <section data-testid={testId}>
      <h2>{heading}</h2>
      {note && items.length > 0 && <p className="ck-small mt-1">{note}</p>}
      {items.length === 0 ? (
        <p className="mt-2">{empty}</p>
      ) : (
        <ul className="ck-list">
          {items.map((item) => (
            <li key={item.id} className="ck-item" data-testid={`print-item-${item.id}`}>
              <span className="ck-box" data-done={item.done} aria-hidden="true" />
              <div className="ck-body">
                <p className="ck-line">
                  <span className="ck-title">
                    {item.title}
                    {item.done && <span className="sr-only"> {doneLabel}</span>}
                  </span>
                  {item.due && (
                    <span className="ck-due" data-testid={`print-due-${item.id}`}>
                      {item.due}
                    </span>
                  )}
                </p>
                {item.how && <p className="ck-how">{item.how}</p>}
                {item.target && <p className="ck-how" data-testid={`print-target-${item.id}`}>{item.target}</p>}
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export interface PrintListItem {
  id: string;
  title: string;
  body: string | null;
  target?: ReactNode;
  /** "By month 6 · 29 May 2027", when the year ahead dates the step. */
  due?: string;
}

export function PrintList({
  heading,
  items,
  empty,
  testId,
  compact = false,
}: {
  heading: string;
  items: PrintListItem[];
  empty: string;
  testId: string;
  /** Titles only, run together in columns (the don'ts). */
  compact?: boolean;
}) {
  return (
    <section data-testid={testId}>
      <h2>{heading}</h2>
      {items.length === 0 ? (
        <p className="mt-2">{empty}</p>
      ) : (
        <ul className={compact ? "ck-bullets ck-columns" : "ck-bullets"}>
          {items.map((item) => (
            <li key={item.id}>
              {item.due && (
                <p className="ck-due" data-testid={`print-due-${item.id}`}>
                  {item.due}
                </p>
              )}
              <p className="ck-title">{item.title}</p>
              {item.body && <p className="ck-why">{item.body}</p>}
              {item.target && <p className="ck-why" data-testid={`print-target-${item.id}`}>{item.target}</p>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
