// A question answered by picking one option (yes/no, personal/business): a fieldset of large
// radio cards, each with a real <label>.
import type { ReactNode } from "react";
import { useController } from "react-hook-form";
import type { Profile } from "@/lib/profile/schema";
import type { FieldName } from "@/lib/profile/questionnaire-steps";
import { describedBy, fieldId } from "./field-ids";
import { FieldError } from "./field-error";

export interface Choice<V> {
  value: V;
  key: string;
  label: string;
  description?: string;
}

export function ChoiceQuestion<V extends string | boolean>({
  name,
  legend,
  hint,
  choices,
  columns = 2,
  onChosen,
}: {
  name: FieldName;
  legend: ReactNode;
  hint: ReactNode;
  choices: readonly Choice<V>[];
  columns?: 1 | 2;
  onChosen?: (value: V) => void;
}) {
  const { field, fieldState } = useController<Profile, FieldName>({ name });
  const id = fieldId(name);
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const error = fieldState.error?.message;

  return (
    <fieldset aria-describedby={describedBy(hintId, error && errorId)} data-field={name}>
      <legend className="font-semibold text-ink">{legend}</legend>
      <p id={hintId} className="mt-2 text-sm text-muted">
        {hint}
      </p>
      <div className={`mt-3 grid gap-2 ${columns === 2 ? "grid-cols-2" : "grid-cols-1"}`}>
        {choices.map((choice, index) => {
          const optionId = `${id}-${choice.key}`;
          const checked = field.value === choice.value;
          return (
            <label
              key={choice.key}
              htmlFor={optionId}
              className={`flex min-h-12 cursor-pointer items-start gap-3 rounded-xl border px-4 py-3 transition-colors ${
                checked ? "border-brand-600 bg-brand-50 ring-1 ring-brand-600" : "border-slate-400 bg-white hover:bg-slate-50"
              }`}
            >
              {/* eslint-disable-next-line jsx-a11y/role-supports-aria-props -- aria-invalid is global in ARIA 1.2; screen readers announce it on the focused radio */}
              <input
                id={optionId}
                type="radio"
                name={name}
                value={choice.key}
                data-testid={`${name}-${choice.key}`}
                // The first option receives focus when the question has an error.
                ref={index === 0 ? field.ref : undefined}
                checked={checked}
                aria-invalid={error ? true : undefined}
                onChange={() => {
                  field.onChange(choice.value);
                  onChosen?.(choice.value);
                }}
                onBlur={field.onBlur}
                className="mt-0.5 size-5 shrink-0 accent-brand-700"
              />
              <span className="min-w-0">
                <span className="block text-ink">{choice.label}</span>
                {choice.description ? (
                  <span className="mt-0.5 block text-sm text-muted">{choice.description}</span>
                ) : null}
              </span>
            </label>
          );
        })}
      </div>
      <FieldError id={errorId} message={error} />
    </fieldset>
  );
}
