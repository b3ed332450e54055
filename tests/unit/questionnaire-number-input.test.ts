import { describe, expect, it } from "vitest";
import { formatNumberInput, parseNumberInput, textMatchesValue, toFormValue } from "@/components/questionnaire/number-input";

describe("parseNumberInput", () => {
  it("reads plain, grouped, currency-marked and full-width numbers", () => {
    expect(parseNumberInput("8000")).toBe(8000);
    expect(parseNumberInput(" 8,000 ")).toBe(8000);
    expect(parseNumberInput("¥12,500.50")).toBe(12500.5);
    expect(parseNumberInput("￥3000")).toBe(3000);
    expect(parseNumberInput("８０００")).toBe(8000);
    expect(parseNumberInput("１２．５")).toBe(12.5);
    expect(parseNumberInput("1，000")).toBe(1000);
    expect(parseNumberInput("0")).toBe(0);
    expect(parseNumberInput(".5")).toBe(0.5);
    expect(parseNumberInput("-3")).toBe(-3);
  });

  it("tells an empty box apart from text that is not a number", () => {
    expect(parseNumberInput("")).toBeUndefined();
    expect(parseNumberInput("   ")).toBeUndefined();
    expect(parseNumberInput("¥ ")).toBeUndefined(); // only the currency sign: nothing entered yet
  });

  it("gives NaN for text that is not a number, so the schema asks for a number", () => {
    for (const text of ["abc", "12abc", "1e5", "1.2.3", "--1", "Infinity"]) {
      expect(parseNumberInput(text), text).toBeNaN();
    }
  });
});

describe("toFormValue", () => {
  it("never gives undefined (the form would show the starting answer again), so an empty box is NaN", () => {
    expect(toFormValue("")).toBeNaN();
    expect(toFormValue("x")).toBeNaN();
    expect(toFormValue("1,200")).toBe(1200);
  });
});

describe("formatNumberInput", () => {
  it("shows finite numbers and hides everything else", () => {
    expect(formatNumberInput(8000)).toBe("8000");
    expect(formatNumberInput(0)).toBe("0");
    expect(formatNumberInput(null)).toBe("");
    expect(formatNumberInput(undefined)).toBe("");
    expect(formatNumberInput(Number.NaN)).toBe("");
  });
});

describe("textMatchesValue", () => {
  it("keeps the person's own formatting when it means the same value", () => {
    expect(textMatchesValue("8,000", 8000)).toBe(true);
    expect(textMatchesValue("", undefined)).toBe(true);
    expect(textMatchesValue("", null)).toBe(true);
    expect(textMatchesValue("abc", Number.NaN)).toBe(true);
    expect(textMatchesValue("", Number.NaN)).toBe(true);
  });

  it("notices a value changed from outside", () => {
    expect(textMatchesValue("8000", 9000)).toBe(false);
    expect(textMatchesValue("", 12)).toBe(false);
    expect(textMatchesValue("12", null)).toBe(false);
    expect(textMatchesValue("abc", 3)).toBe(false);
  });
});

describe("an empty or wrong box, as the questionnaire validates it", () => {
  it("gets a plain message in the reader's language, never a mention of NaN", async () => {
    const { defaultProfile, profileErrorMap, profileSchema } = await import("@/lib/profile");
    const { translatorFor } = await import("@/lib/i18n/translator");
    for (const [locale, expected] of [
      ["en", "Enter a number."],
      ["zh-CN", "请输入数字。"],
    ] as const) {
      const values = { ...defaultProfile, repayment: { ...defaultProfile.repayment, onTimeMonths: toFormValue("") } };
      const result = profileSchema.safeParse(values, { error: profileErrorMap(translatorFor(locale, "validation")) });
      expect(result.success).toBe(false);
      const issue = result.error?.issues.find((i) => i.path.join(".") === "repayment.onTimeMonths");
      expect(issue?.message).toBe(expected);
      expect(issue?.message).not.toMatch(/nan/i);
    }
  });
});
