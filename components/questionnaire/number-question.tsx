// A number answer: a text box (so "8,000", "5万", "8k" and full-width digits are accepted and
// converted, with separators shown as typed), its unit, an example as placeholder (never a value),
// and for answers that may be unknown an "I don't know" box, unticked until chosen, that stores null.
import { useEffect, useLayoutEffect, useRef, useState } from "react";
import { useController, useFormContext } from "react-hook-form";
import { useTranslations } from "next-intl";
import type { Profile } from "@/lib/profile/schema";
import type { FieldSpec } from "@/lib/profile/questionnaire-steps";
import {
  caretAfterRegroup,
  formatNumberInput,
  groupAsTyped,
  groupDigits,
  parseNumberInput,
  textMatchesValue,
  toFormValue,
} from "@/lib/profile/number-input";
import { EXAMPLES } from "./examples";
import { describedBy, fieldId } from "./field-ids";
import { FieldError } from "./field-error";

type NumberSpec = Extract<FieldSpec, { kind: "number" }>;

/** `label` and `hint` replace the field's own where an earlier answer changes what the question means. */
export function NumberQuestion({ spec, label, hint }: { spec: NumberSpec; label?: string; hint?: string }) {
  const t = useTranslations("questionnaire");
  const tf = useTranslations("fields");
  const { field, fieldState } = useController<Profile, NumberSpec["name"]>({ name: spec.name });
  const { trigger } = useFormContext<Profile>();
  const value: unknown = field.value;
  const [text, setText] = useState(() => formatNumberInput(value));
  // The last number typed, brought back when "I don't know" is unticked.
  const lastNumber = useRef<number | undefined>(typeof value === "number" && Number.isFinite(value) ? value : undefined);
  const inputRef = useRef<HTMLInputElement | null>(null);
  // The caret to restore after separators were put in (set on change, applied after render).
  const pendingCaret = useRef<number | null>(null);
  useLayoutEffect(() => {
    if (pendingCaret.current === null || !inputRef.current) return;
    inputRef.current.setSelectionRange(pendingCaret.current, pendingCaret.current);
    pendingCaret.current = null;
  }, [text]);

  // The form can change the value from outside (restored draft, "start over"): show it.
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the text being typed is state of its own, only replaced when the value no longer matches it
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
  const understoodId = `${id}-understood`;
  // "5万" or "8k": say what number was understood, so the person can check it before going on.
  const parsed = parseNumberInput(text);
  const shorthand = !unknown && /[万千wk]/i.test(text) && parsed !== undefined && Number.isFinite(parsed);

  return (
    <div className="space-y-2" data-field={spec.name}>
      <label htmlFor={id} className="block font-semibold text-ink">
        {label ?? tf(`${spec.section}.${spec.field}.label`)}
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
          ref={(element) => {
            field.ref(element);
            inputRef.current = element;
          }}
          type="text"
          inputMode={spec.integer ? "numeric" : "decimal"}
          autoComplete="off"
          spellCheck={false}
          enterKeyHint="next"
          data-testid={spec.name}
          data-min={spec.min}
          data-max={spec.max}
          value={unknown ? "" : text}
          placeholder={unknown ? undefined : t("example", { value: groupDigits(EXAMPLES[spec.name]) })}
          disabled={unknown}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(hintId, !isMoney && unitId, shorthand && understoodId, error && errorId)}
          onChange={(event) => {
            const raw = event.target.value;
            const shown = groupAsTyped(raw);
            if (shown !== raw) pendingCaret.current = caretAfterRegroup(raw, event.target.selectionStart ?? raw.length, shown);
            setText(shown);
            const next = toFormValue(shown);
            if (typeof next === "number" && Number.isFinite(next)) lastNumber.current = next;
            field.onChange(next);
            // A message shown for this box goes (or changes) as the answer is typed, not later on
            // leaving it: text jumping on blur would move what the person is tapping next.
            if (fieldState.error) void trigger(spec.name);
          }}
          onBlur={() => {
            // Show what was understood: "８０００" and "5万" become "8,000" and "50,000".
            const understood = parseNumberInput(text);
            if (understood !== undefined && Number.isFinite(understood)) setText(formatNumberInput(understood));
            field.onBlur();
          }}
          className="w-full min-w-0 flex-1 scroll-mb-28 bg-transparent px-4 py-3 text-base text-ink outline-none placeholder:text-slate-500 disabled:cursor-not-allowed"
        />
        {!isMoney ? (
          <span id={unitId} className="flex items-center pr-4 text-sm text-muted">
            {t(`units.${spec.unit}`)}
          </span>
        ) : null}
      </div>
      {shorthand ? (
        <p id={understoodId} className="text-sm text-ink" data-testid={`${spec.name}-understood`}>
          {t("understood", { value: `${isMoney ? t("units.yuan") : ""}${groupDigits(parsed)}` })}
        </p>
      ) : null}
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
