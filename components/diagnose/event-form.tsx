"use client";
// What happened and when, and which answers to read: the saved plan's (its owner, on this browser) or new ones.
import type { FormEvent } from "react";
import { useTranslations } from "next-intl";
import { DIAGNOSIS_EVENTS, MAX_MONTHS_AGO, type DiagnosisEvent } from "@/lib/scoring/diagnosis/types";
import { buttonClass } from "@/components/ui/button-styles";

export type Source = "plan" | "fresh";

interface Props {
  event: DiagnosisEvent;
  monthsAgo: number;
  source: Source;
  /** Whether this browser owns a saved plan whose answers can be read. */
  hasPlan: boolean;
  onChange: (next: { event?: DiagnosisEvent; monthsAgo?: number; source?: Source }) => void;
  onContinue: () => void;
}

const MONTHS = Array.from({ length: MAX_MONTHS_AGO + 1 }, (_, i) => i);
const choice = "flex min-h-12 cursor-pointer items-start gap-3 rounded-xl border border-line bg-white px-4 py-3 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50";

export function EventForm({ event, monthsAgo, source, hasPlan, onChange, onContinue }: Props) {
  const t = useTranslations("diagnose");
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onContinue();
  };
  return (
    <form onSubmit={submit} className="space-y-6 rounded-card border border-line bg-white p-5 shadow-card sm:p-6" data-testid="diagnose-form">
      <fieldset className="space-y-2">
        <legend className="mb-2 font-semibold">{t("event.legend")}</legend>
        {DIAGNOSIS_EVENTS.map((id) => (
          <label key={id} className={choice}>
            <input type="radio" name="event" value={id} checked={event === id} onChange={() => onChange({ event: id })} className="mt-1 size-5 shrink-0 accent-brand-700" />
            <span>{t(`event.${id}`)}</span>
          </label>
        ))}
      </fieldset>

      <div className="space-y-2">
        <label htmlFor="diagnose-when" className="block font-semibold">
          {t("when.label")}
        </label>
        <select
          id="diagnose-when"
          value={monthsAgo}
          onChange={(e) => onChange({ monthsAgo: Number(e.target.value) })}
          className="min-h-12 w-full rounded-xl border border-line bg-white px-3 text-base sm:w-auto"
        >
          {MONTHS.map((m) => (
            <option key={m} value={m}>
              {t("when.option", { months: m })}
            </option>
          ))}
        </select>
      </div>

      <fieldset className="space-y-2">
        <legend className="mb-2 font-semibold">{t("source.legend")}</legend>
        {hasPlan ? (
          <label className={choice}>
            <input type="radio" name="source" value="plan" checked={source === "plan"} onChange={() => onChange({ source: "plan" })} className="mt-1 size-5 shrink-0 accent-brand-700" aria-describedby="source-plan-hint" />
            <span>
              <span className="block">{t("source.plan")}</span>
              <span id="source-plan-hint" className="block text-sm text-muted">{t("source.planHint")}</span>
            </span>
          </label>
        ) : null}
        <label className={choice}>
          <input type="radio" name="source" value="fresh" checked={source === "fresh"} onChange={() => onChange({ source: "fresh" })} className="mt-1 size-5 shrink-0 accent-brand-700" aria-describedby="source-fresh-hint" />
          <span>
            <span className="block">{t("source.fresh")}</span>
            <span id="source-fresh-hint" className="block text-sm text-muted">{t("source.freshHint")}</span>
          </span>
        </label>
      </fieldset>

      <button type="submit" className={buttonClass("primary", "w-full sm:w-auto")} data-testid="diagnose-continue">
        {t("source.continue")}
        <span aria-hidden="true">→</span>
      </button>
    </form>
  );
}
