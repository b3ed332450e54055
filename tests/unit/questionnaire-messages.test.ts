import { describe, expect, it } from "vitest";
import en from "@/lib/i18n/messages/en.json";
import zh from "@/lib/i18n/messages/zh-CN.json";
import { ALL_FIELDS, STEPS, UNITS } from "@/lib/profile/questionnaire-steps";
import { INCOME_SOURCES } from "@/lib/profile/schema";

function at(messages: unknown, path: string): unknown {
  return path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], messages);
}

function leafKeys(node: unknown, prefix = ""): string[] {
  if (typeof node !== "object" || node === null) return [prefix];
  return Object.entries(node).flatMap(([key, child]) => leafKeys(child, prefix ? `${prefix}.${key}` : key));
}

describe.each([
  ["en", en],
  ["zh-CN", zh],
])("questionnaire messages (%s)", (_locale, messages) => {
  it("label and explain every question", () => {
    for (const name of ALL_FIELDS) {
      const keys = name === "purpose" ? ["purpose.label", "purpose.hint", "purpose.personal", "purpose.business"] : [`${name}.label`, `${name}.hint`];
      for (const key of keys) expect(at(messages, `fields.${key}`), key).toEqual(expect.stringMatching(/\S/));
    }
  });

  it("name every income source, and word the proof of income and the business owner's income", () => {
    for (const source of INCOME_SOURCES) {
      for (const key of [`finances.incomeSource.options.${source}.label`, `finances.incomeSource.options.${source}.hint`,
        `finances.incomeProof.bySource.${source}.label`, `finances.incomeProof.bySource.${source}.hint`]) {
        expect(at(messages, `fields.${key}`), key).toEqual(expect.stringMatching(/\S/));
      }
    }
    // Each source's proof is its own question, not one text for all.
    const proofs = INCOME_SOURCES.map((s) => at(messages, `fields.finances.incomeProof.bySource.${s}.hint`));
    expect(new Set(proofs).size).toBe(INCOME_SOURCES.length);
    expect(at(messages, "fields.finances.monthlyIncome.hintBusiness")).toEqual(expect.stringMatching(/\S/));
  });

  it("title and introduce every step, and name every unit", () => {
    for (const step of STEPS) {
      expect(at(messages, `fields.sections.${step.id}`), step.id).toEqual(expect.any(String));
      expect(at(messages, `questionnaire.stepIntro.${step.id}`), step.id).toEqual(expect.any(String));
    }
    // A sole trader's own money and the business's are introduced apart, each saying which it is.
    for (const step of ["finances", "spending"]) {
      const own = at(messages, `questionnaire.stepIntro.${step}Business`);
      expect(own, step).toEqual(expect.stringMatching(/\S/));
      expect(own).not.toEqual(at(messages, `questionnaire.stepIntro.${step}`));
    }
    for (const unit of new Set(Object.values(UNITS))) {
      expect(at(messages, `questionnaire.units.${unit}`), unit).toEqual(expect.any(String));
    }
  });

});

it("English and Chinese have the same keys", () => {
  expect(leafKeys(zh).sort()).toEqual(leafKeys(en).sort());
});
