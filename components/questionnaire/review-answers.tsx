// Every answer on one screen before anything is stored, each step with a way back to change it.
import { useTranslations } from "next-intl";
import type { Profile } from "@/lib/profile/schema";
import type { FieldSpecs, Step } from "@/lib/profile/questionnaire-steps";
import { answerText, questionLabel, readAnswer } from "./answer-text";
import { buttonClass } from "@/components/ui/button-styles";

export function ReviewAnswers({
  steps,
  specs,
  profile,
  onChangeStep,
}: {
  steps: readonly Step[];
  specs: FieldSpecs;
  profile: Profile;
  onChangeStep: (index: number) => void;
}) {
  const t = useTranslations("questionnaire");
  const tf = useTranslations("fields");
  return (
    <div className="space-y-4" data-testid="review-answers">
      {steps.map((step, index) => (
        <section key={step.id} aria-labelledby={`review-${step.id}`} className="rounded-xl border border-line p-4">
          <div className="flex items-center justify-between gap-3">
            <h3 id={`review-${step.id}`} className="font-semibold text-ink">
              {tf(`sections.${step.id}`)}
            </h3>
            <button
              type="button"
              className={buttonClass("ghost", "-my-1 -mr-2", "sm")}
              onClick={() => onChangeStep(index)}
              data-testid={`review-change-${step.id}`}
              aria-describedby={`review-${step.id}`}
            >
              {t("review.change")}
            </button>
          </div>
          <dl className="mt-2 divide-y divide-line text-sm">
            {step.fields.map((name) => {
              const spec = specs[name];
              return (
                <div key={name} className="flex flex-col gap-0.5 py-2 sm:flex-row sm:justify-between sm:gap-4">
                  <dt className="text-muted">{questionLabel(spec, profile, tf)}</dt>
                  <dd className="font-semibold text-ink sm:text-right" data-testid={`review-${name}`}>
                    {answerText(spec, readAnswer(profile, name), t, tf)}
                  </dd>
                </div>
              );
            })}
          </dl>
        </section>
      ))}
    </div>
  );
}
