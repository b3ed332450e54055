// The questions of one step, each drawn by the widget its schema type calls for.
import { useTranslations } from "next-intl";
import type { Purpose } from "@/lib/profile/schema";
import type { FieldSpecs, Step } from "./steps";
import { ChoiceQuestion } from "./ChoiceQuestion";
import { NumberQuestion } from "./NumberQuestion";

export function StepQuestions({
  step,
  specs,
  onPurposeChosen,
}: {
  step: Step;
  specs: FieldSpecs;
  onPurposeChosen: (p: Purpose) => void;
}) {
  const t = useTranslations("questionnaire");
  const tf = useTranslations("fields");
  const yesNo = [
    { value: true, key: "yes", label: t("yes") },
    { value: false, key: "no", label: t("no") },
  ] as const;

  return (
    <div className="space-y-8">
      {step.fields.map((name) => {
        const spec = specs[name];
        if (spec.kind === "purpose") {
          return (
            <ChoiceQuestion<Purpose>
              key={name}
              name={name}
              legend={tf("purpose.label")}
              hint={tf("purpose.hint")}
              columns={1}
              onChosen={onPurposeChosen}
              choices={[
                { value: "personal", key: "personal", label: tf("purpose.personal"), description: tf("purpose.personalHint") },
                { value: "business", key: "business", label: tf("purpose.business"), description: tf("purpose.businessHint") },
              ]}
            />
          );
        }
        if (spec.kind === "boolean") {
          return (
            <ChoiceQuestion<boolean>
              key={name}
              name={name}
              legend={tf(`${spec.section}.${spec.field}.label`)}
              hint={tf(`${spec.section}.${spec.field}.hint`)}
              choices={yesNo}
            />
          );
        }
        return <NumberQuestion key={name} spec={spec} />;
      })}
    </div>
  );
}
