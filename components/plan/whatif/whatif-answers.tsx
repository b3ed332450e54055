"use client";
// The answers that move the model most, as switches and sliders (easy on a phone, keyboard-friendly:
// arrows step, Page Up/Down jump). Each shows its value, and the saved value once it differs.
import { useFormatter, useTranslations } from "next-intl";
import type { Profile } from "@/lib/profile/schema";
import { MONEY_FORMAT } from "@/lib/plan-text/band-range";
import { WHATIF_FIELDS, fieldValue, sliderMax, type WhatIfKey } from "@/lib/whatif/simulation";

export function WhatIfAnswers({
  saved,
  answers,
  onChange,
}: {
  saved: Profile;
  answers: Profile;
  onChange: (key: WhatIfKey, value: number | boolean) => void;
}) {
  const t = useTranslations("whatif.answers");
  const format = useFormatter();

  return (
    <fieldset className="space-y-4">
      <legend className="font-semibold text-ink">{t("legend")}</legend>
      <p className="text-sm text-muted">{t("hint")}</p>
      {WHATIF_FIELDS.map((field) => {
        const id = `whatif-${field.key}`;
        const label = t(`fields.${field.key}`);
        const value = fieldValue(answers, field);
        const before = fieldValue(saved, field);

        if (field.kind === "toggle") {
          return (
            <label key={field.key} htmlFor={id} className="flex min-h-11 cursor-pointer items-center gap-3 text-ink">
              <input
                id={id}
                type="checkbox"
                data-testid={id}
                className="size-5 shrink-0 accent-brand-700"
                checked={value === true}
                onChange={(event) => onChange(field.key, event.currentTarget.checked)}
              />
              <span>{label}</span>
            </label>
          );
        }

        const n = Number(value);
        const shown = field.kind === "money" ? format.number(n, MONEY_FORMAT) : format.number(n);
        const savedText = field.kind === "money" ? format.number(Number(before), MONEY_FORMAT) : format.number(Number(before));
        return (
          <div key={field.key}>
            <div className="flex items-baseline justify-between gap-3">
              <label htmlFor={id} className="font-semibold text-ink">
                {label}
              </label>
              <output htmlFor={id} data-testid={`${id}-value`} className="shrink-0 font-semibold tabular-nums text-ink">
                {shown}
              </output>
            </div>
            <input
              id={id}
              type="range"
              data-testid={id}
              min={0}
              max={sliderMax(field, saved)}
              step={field.step}
              value={n}
              aria-valuetext={shown}
              aria-describedby={n !== before ? `${id}-saved` : undefined}
              onChange={(event) => onChange(field.key, Number(event.currentTarget.value))}
              className="mt-1 h-11 w-full cursor-pointer accent-brand-700"
            />
            {n !== before && (
              <p id={`${id}-saved`} className="text-sm text-muted">
                {t("saved", { value: savedText })}
              </p>
            )}
          </div>
        );
      })}
    </fieldset>
  );
}
