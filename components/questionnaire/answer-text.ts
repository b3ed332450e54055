// How one answer reads on the review screen: "¥8,000", "12 months", "Yes", "I don't know".
import type { Translator } from "@/lib/i18n/translate";
import type { IncomeSource, Profile } from "@/lib/profile/schema";
import type { FieldName, FieldSpec } from "@/lib/profile/questionnaire-steps";
import { groupDigits } from "@/lib/profile/number-input";

export function readAnswer(profile: Profile, name: FieldName): unknown {
  if (name === "purpose") return profile.purpose;
  const [section, field] = name.split(".") as [keyof Profile, string];
  return (profile[section] as Record<string, unknown> | undefined)?.[field];
}

/** The question as the questionnaire asked it (some are worded for earlier answers). */
export function questionLabel(spec: FieldSpec, profile: Profile, tf: Translator): string {
  if (spec.kind === "purpose") return tf("purpose.label");
  if (spec.name === "finances.incomeProof") {
    return tf(`finances.incomeProof.bySource.${profile.finances.incomeSource as IncomeSource}.label`);
  }
  if (spec.name === "finances.monthlyIncome" && profile.purpose === "business") return tf("finances.monthlyIncome.labelBusiness");
  return tf(`${spec.section}.${spec.field}.label`);
}

export function answerText(spec: FieldSpec, value: unknown, t: Translator, tf: Translator): string {
  if (spec.kind === "purpose") return tf(`purpose.${String(value)}`);
  if (spec.kind === "choice") return tf(`${spec.section}.${spec.field}.options.${String(value)}.label`);
  if (spec.kind === "boolean") return value ? t("yes") : t("no");
  if (value === null) return t("unknown");
  if (typeof value !== "number" || !Number.isFinite(value)) return t("review.notAnswered");
  const figure = groupDigits(value);
  return spec.unit === "yuan" ? `${t("units.yuan")}${figure}` : `${figure} ${t(`units.${spec.unit}`)}`;
}
