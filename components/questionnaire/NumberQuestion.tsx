// A number answer: a text box with the numeric keyboard (so "8,000" and full-width digits are
// accepted and converted), its unit, and for answers that may be unknown an "I don't know" box
// that stores null.
import { useEffect, useRef, useState } from "react";
import { useController } from "react-hook-form";
import { useTranslations } from "next-intl";
import type { Profile } from "@/lib/profile/schema";
import type { FieldSpec } from "./steps";
import { formatNumberInput, parseNumberInput, textMatchesValue, toFormValue } from "./number-input";
import { describedBy, fieldId } from "./field-ids";
import { FieldError } from "./FieldError";

type NumberSpec = Extract<FieldSpec, { kind: "number" }>;

/** `hint` replaces the field's own hint where an earlier answer changes what the question means. */
export function NumberQuestion({ spec, hint }: { spec: NumberSpec; hint?: string }) {
  const t = useTranslations("questionnaire");
  const tf = useTranslations("fields");
  const { field, fieldState } = useController<Profile, NumberSpec["name"]>({ name: spec.name });
  const value: unknown = field.value;
  const [text, setText] = useState(() => formatNumberInput(value));
  // The last number typed, brought back when "I don't know" is unticked.
  const lastNumber = useRef<number | undefined>(typeof value === "number" ? value : undefined);

  // The form can change the value from outside (restored draft, "start over"): show it.
  useEffect(() => {
    setText((current) => (textMatchesValue(current, value) ? current : formatNumberInput(value)));
    if (typeof value === "number" && Number.isFinite(value)) lastNumber.current = value;
  }, [value]);

  const id = fieldId(spec.name);
  const hintId = `${id}-hint`;
  const unitId = `${id}-unit`;
  const errorId = `${id}-error`;
  const unknownId = `${id}-unknown`;
  const unknown = spec.nullable && value === null;
  const error = fieldState.error?.message;
  const isMoney = spec.unit === "yuan";

  return (
    <div className="space-y-2" data-field={spec.name}>
      <label htmlFor={id} className="block font-semibold text-ink">
        {tf(`${spec.section}.${spec.field}.label`)}
      </label>
      <p id={hintId} className="text-sm text-muted">
        {hint ?? tf(`${spec.section}.${spec.field}.hint`)}
      </p>
      <div
        className={`flex min-h-12 items-stretch overflow-hidden rounded-xl border bg-white focus-within:outline-3 focus-within:outline-offset-2 focus-within:outline-brand-500 ${
          error ? "border-red-600" : "border-slate-400"
        } ${unknown ? "bg-slate-100" : ""}`}
      >
        {isMoney ? (
          <span id={unitId} aria-hidden="true" className="flex items-center pl-4 text-muted">
            {t("units.yuan")}
          </span>
        ) : null}
        <input
          id={id}
          name={spec.name}
          ref={field.ref}
          type="text"
          inputMode={spec.integer ? "numeric" : "decimal"}
          autoComplete="off"
          spellCheck={false}
          enterKeyHint="next"
          data-testid={spec.name}
          data-min={spec.min}
          data-max={spec.max}
          value={unknown ? "" : text}
          disabled={unknown}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(hintId, !isMoney && unitId, error && errorId)}
          onChange={(event) => {
            const raw = event.target.value;
            setText(raw);
            const parsed = toFormValue(raw);
            if (Number.isFinite(parsed)) lastNumber.current = parsed;
            field.onChange(parsed);
          }}
          onBlur={() => {
            // Show what was understood: "８,０００" becomes "8000".
            const parsed = parseNumberInput(text);
            if (parsed !== undefined && Number.isFinite(parsed)) setText(formatNumberInput(parsed));
            field.onBlur();
          }}
          className="w-full min-w-0 flex-1 bg-transparent px-4 py-3 text-base text-ink outline-none disabled:cursor-not-allowed"
        />
        {!isMoney ? (
          <span id={unitId} className="flex items-center pr-4 text-sm text-muted">
            {t(`units.${spec.unit}`)}
          </span>
        ) : null}
      </div>
      {spec.nullable ? (
        <label htmlFor={unknownId} className="inline-flex min-h-11 cursor-pointer items-center gap-3 text-ink">
          <input
            id={unknownId}
            type="checkbox"
            data-testid={`${spec.name}-unknown`}
            checked={unknown}
            onChange={(event) => {
              if (event.target.checked) {
                field.onChange(null);
              } else {
                const restored = lastNumber.current ?? Number.NaN;
                setText(formatNumberInput(restored));
                field.onChange(restored);
              }
            }}
            className="size-5 accent-brand-700"
          />
          {t("unknown")}
        </label>
      ) : null}
      <FieldError id={errorId} message={error} />
    </div>
  );
}
