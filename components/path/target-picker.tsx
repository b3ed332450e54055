"use client";
// "I want B4": pick a band above today's and see the fewest steps that reach it and the month, or an
// honest "not within a year". Every text is worded on the server; this only switches between them.
import { useState } from "react";

export interface TargetOption {
  band: string;
  /** The band's name as a range, for the radio's label. */
  label: string;
  /** The route in one sentence, or that it is out of reach. */
  summary: string;
  /** Steps in order (general names); empty when time alone reaches it or it is out of reach. */
  steps: string[];
  /** What to add under the summary and steps: the time-only note, that the whole plan is sooner, or what holds the band. */
  note: string | null;
  reachable: boolean;
}

export function TargetPicker({ options, legend, stepsIntro }: { options: TargetOption[]; legend: string; stepsIntro: string }) {
  const [picked, setPicked] = useState(options.find((o) => o.reachable)?.band ?? options[0]?.band);
  const current = options.find((o) => o.band === picked);
  return (
    <div className="mt-3">
      <fieldset>
        <legend className="text-sm font-semibold text-ink">{legend}</legend>
        <div className="mt-2 flex flex-wrap gap-2">
          {options.map((o) => (
            <label
              key={o.band}
              className="flex min-h-11 cursor-pointer items-center gap-2 rounded-full border border-line bg-white px-3 py-1.5 text-sm text-ink has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50 has-[:checked]:font-semibold"
            >
              <input
                type="radio"
                name="path-target"
                value={o.band}
                checked={o.band === picked}
                onChange={() => setPicked(o.band)}
                data-testid={`path-target-${o.band}`}
                className="accent-brand-700"
              />
              {o.label}
            </label>
          ))}
        </div>
      </fieldset>
      {current && (
        <div
          className="mt-3 rounded-card border border-line bg-white p-4 text-ink"
          aria-live="polite"
          data-testid="path-route"
          data-band={current.band}
          data-reachable={current.reachable}
        >
          <p className="font-semibold">{current.summary}</p>
          {current.steps.length > 0 && (
            <>
              <p className="mt-2 text-sm text-muted">{stepsIntro}</p>
              <ol className="mt-1 list-decimal space-y-1 pl-5" data-testid="path-route-steps">
                {current.steps.map((s) => (
                  <li key={s}>{s}</li>
                ))}
              </ol>
            </>
          )}
          {current.note && <p className="mt-2 text-sm">{current.note}</p>}
        </div>
      )}
    </div>
  );
}
