// The questions of one step, each drawn by the widget its schema type calls for.
import { useTranslations } from "next-intl";
import { useWatch } from "react-hook-form";
import type { IncomeSource, Profile, Purpose } from "@/lib/profile/schema";
import type { FieldSpecs, Step } from "@/lib/profile/questionnaire-steps";
import { ChoiceQuestion } from "./choice-question";
import { NumberQuestion } from "./number-question";

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
  // Two questions are worded for earlier answers: the proof of income for its source, and the income
  // itself for a business (the owner's own take, apart from revenue).
  const purpose = useWatch<Profile, "purpose">({ name: "purpose" });
  const source = useWatch<Profile, "finances.incomeSource">({ name: "finances.incomeSource" }) ?? "salary";
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
        if (spec.kind === "choice") {
          return (
            <ChoiceQuestion<string>
              key={name}
              name={name}
              legend={tf(`${spec.section}.${spec.field}.label`)}
              hint={tf(`${spec.section}.${spec.field}.hint`)}
              columns={1}
              choices={spec.options.map((option) => ({
                value: option,
                key: option,
                label: tf(`${spec.section}.${spec.field}.options.${option}.label`),
                description: tf(`${spec.section}.${spec.field}.options.${option}.hint`),
              }))}
            />
          );
        }
        if (name === "finances.incomeProof") {
          return (
            <ChoiceQuestion<boolean>
              key={name}
              name={name}
              legend={tf(`finances.incomeProof.bySource.${source as IncomeSource}.label`)}
              hint={tf(`finances.incomeProof.bySource.${source as IncomeSource}.hint`)}
              choices={yesNo}
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
        // A sole trader's money is asked in two halves: their own (income, spending, large purchases)
        // and the business's (revenue, purchases), each saying which it is.
        const business = purpose === "business";
        if (business && name === "finances.monthlyIncome") {
          return (
            <NumberQuestion
              key={name}
              spec={spec}
              label={tf("finances.monthlyIncome.labelBusiness")}
              hint={tf("finances.monthlyIncome.hintBusiness")}
            />
          );
        }
        const hint =
          business && (name === "spending.monthlySpending" || name === "spending.largePurchases3m")
            ? tf(`${spec.section}.${spec.field}.hintBusiness`)
            : undefined;
        return <NumberQuestion key={name} spec={spec} hint={hint} />;
      })}
    </div>
  );
}
