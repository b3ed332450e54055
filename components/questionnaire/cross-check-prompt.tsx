// "Is that right?": answers that rarely go together (lib/profile/cross-checks.ts), asked before going
// on. The person can confirm them ("yes, that's right") or go back to the answer.
import { useEffect, useRef } from "react";
import { useTranslations } from "next-intl";
import type { CrossCheckId } from "@/lib/profile/cross-checks";
import { buttonClass } from "@/components/ui/button-styles";

export function CrossCheckPrompt({
  checks,
  values,
  onConfirm,
  onChange,
}: {
  checks: readonly CrossCheckId[];
  /** Figures the questions quote, already formatted (e.g. income and repayments). */
  values: Record<string, string>;
  onConfirm: () => void;
  onChange: (check: CrossCheckId) => void;
}) {
  const t = useTranslations("questionnaire.crossCheck");
  const heading = useRef<HTMLHeadingElement>(null);
  // The question appears below the answers: take focus there so it is read and seen.
  useEffect(() => heading.current?.focus(), []);

  return (
    <section
      aria-labelledby="cross-check-title"
      data-testid="cross-check"
      data-checks={checks.join(" ")}
      className="scroll-mb-28 rounded-card border border-amber-300 bg-amber-50 px-4 py-4 text-amber-950"
    >
      <h3 id="cross-check-title" ref={heading} tabIndex={-1} className="font-semibold outline-none">
        {t("title")}
      </h3>
      <ul className="mt-2 space-y-2">
        {checks.map((id) => (
          <li key={id} data-testid={`cross-check-${id}`} className="space-y-2">
            <p>{t(`${id}.question`, values)}</p>
            <button type="button" className={buttonClass("ghost", "-ml-3", "sm")} onClick={() => onChange(id)}>
              {t(`${id}.change`)}
            </button>
          </li>
        ))}
      </ul>
      <div className="mt-3 flex flex-wrap gap-3">
        <button type="button" className={buttonClass("secondary")} onClick={onConfirm} data-testid="cross-check-confirm">
          {t("confirm")}
        </button>
      </div>
    </section>
  );
}
