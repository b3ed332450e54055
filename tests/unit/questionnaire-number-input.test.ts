import { describe, expect, it } from "vitest";
import {
  caretAfterRegroup,
  formatNumberInput,
  groupAsTyped,
  groupDigits,
  isUnanswered,
  parseNumberInput,
  textMatchesValue,
  toFormValue,
} from "@/lib/profile/number-input";

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
    expect(parseNumberInput("3000元")).toBe(3000);
  });

  it("reads amounts as people say them: 万, w, 千 and k", () => {
    expect(parseNumberInput("5万")).toBe(50_000);
    expect(parseNumberInput("1.2万")).toBe(12_000);
    expect(parseNumberInput("1.1万")).toBe(11_000); // not 11000.000000000002
    expect(parseNumberInput("0.35万")).toBe(3_500);
    expect(parseNumberInput("８万")).toBe(80_000);
    expect(parseNumberInput("¥5万元")).toBe(50_000);
    expect(parseNumberInput("1.5w")).toBe(15_000);
    expect(parseNumberInput("3千")).toBe(3_000);
    expect(parseNumberInput("8k")).toBe(8_000);
    expect(parseNumberInput("8K")).toBe(8_000);
    expect(parseNumberInput("2.5k")).toBe(2_500);
    expect(parseNumberInput("12 万")).toBe(120_000);
  });

  it("tells an empty box apart from text that is not a number", () => {
    expect(parseNumberInput("")).toBeUndefined();
    expect(parseNumberInput("   ")).toBeUndefined();
    expect(parseNumberInput("¥ ")).toBeUndefined(); // only the currency sign: nothing entered yet
  });

  it("gives NaN for text that is not a number, so the schema asks for a number", () => {
    for (const text of ["abc", "12abc", "1e5", "1.2.3", "--1", "Infinity", "万", "5万万", "5kk", "k5", "5m"]) {
      expect(parseNumberInput(text), text).toBeNaN();
    }
  });
});

describe("toFormValue", () => {
  it("keeps an empty box (NaN: needs an answer) apart from text that is not a number (kept as text)", () => {
    expect(toFormValue("")).toBeNaN();
    expect(toFormValue("x")).toBe("x");
    expect(toFormValue("1,200")).toBe(1200);
    expect(toFormValue("5万")).toBe(50_000);
  });
});

describe("groupDigits and formatNumberInput", () => {
  it("show thousands separators", () => {
    expect(groupDigits(8000)).toBe("8,000");
    expect(groupDigits(1_234_567.5)).toBe("1,234,567.5");
    expect(groupDigits(999)).toBe("999");
    expect(groupDigits(-12000)).toBe("-12,000");
    expect(formatNumberInput(8000)).toBe("8,000");
    expect(formatNumberInput(50_000)).toBe("50,000");
    expect(formatNumberInput(0)).toBe("0");
  });

  it("show nothing for unknown or unanswered values", () => {
    expect(formatNumberInput(null)).toBe("");
    expect(formatNumberInput(undefined)).toBe("");
    expect(formatNumberInput(Number.NaN)).toBe("");
    expect(formatNumberInput("abc")).toBe("");
  });
});

describe("groupAsTyped", () => {
  it("puts separators in as a plain number is typed", () => {
    expect(groupAsTyped("5")).toBe("5");
    expect(groupAsTyped("5000")).toBe("5,000");
    expect(groupAsTyped("50000")).toBe("50,000");
    expect(groupAsTyped("5,0000")).toBe("50,000"); // a digit typed after the separator moves it
    expect(groupAsTyped("1234567")).toBe("1,234,567");
    expect(groupAsTyped("1234.")).toBe("1,234."); // decimals on their way
    expect(groupAsTyped("1234.56")).toBe("1,234.56");
    expect(groupAsTyped("¥8000")).toBe("¥8,000");
  });

  it("leaves anything else exactly as typed", () => {
    for (const text of ["", "5万", "1.2万", "8k", "abc", "８０００", "1e5"]) expect(groupAsTyped(text)).toBe(text);
  });
});

describe("caretAfterRegroup", () => {
  it("keeps the caret after the same digits", () => {
    // "5000|" -> "5,000|"
    expect(caretAfterRegroup("5000", 4, "5,000")).toBe(5);
    // "12|345" typed into the middle: "123|45" -> "12,3|45"
    expect(caretAfterRegroup("12345", 3, "12,345")).toBe(4);
    // deleting the first digit of "1,234": "|,234" -> "|234"
    expect(caretAfterRegroup(",234", 0, "234")).toBe(0);
    expect(caretAfterRegroup("1234", 1, "1,234")).toBe(1);
  });
});

describe("textMatchesValue", () => {
  it("keeps the person's own formatting when it means the same value", () => {
    expect(textMatchesValue("8,000", 8000)).toBe(true);
    expect(textMatchesValue("5万", 50_000)).toBe(true);
    expect(textMatchesValue("", undefined)).toBe(true);
    expect(textMatchesValue("", null)).toBe(true);
    expect(textMatchesValue("abc", "abc")).toBe(true);
    expect(textMatchesValue("", Number.NaN)).toBe(true);
  });

  it("notices a value changed from outside", () => {
    expect(textMatchesValue("8000", 9000)).toBe(false);
    expect(textMatchesValue("", 12)).toBe(false);
    expect(textMatchesValue("12", null)).toBe(false);
    expect(textMatchesValue("abc", 3)).toBe(false);
  });
});

describe("isUnanswered", () => {
  it("is true only for an empty box", () => {
    expect(isUnanswered(Number.NaN)).toBe(true);
    expect(isUnanswered(undefined)).toBe(true);
    expect(isUnanswered(0)).toBe(false);
    expect(isUnanswered(null)).toBe(false); // "I don't know" is an answer
  });
});

describe("an empty or wrong box, as the questionnaire validates it", () => {
  it("an empty box says the question needs an answer; text that is not a number asks for a number", async () => {
    const { defaultProfile, profileErrorMap, profileSchema } = await import("@/lib/profile");
    const { translatorFor } = await import("@/lib/i18n/translator");
    for (const [locale, needed, notNumber] of [
      ["en", "This question needs an answer.", "Enter a number."],
      ["zh-CN", "这个问题需要回答。", "请输入数字。"],
    ] as const) {
      const issueFor = (text: string) => {
        const values = { ...defaultProfile, repayment: { ...defaultProfile.repayment, onTimeMonths: toFormValue(text) } };
        const result = profileSchema.safeParse(values, { error: profileErrorMap(translatorFor(locale, "validation")) });
        expect(result.success).toBe(false);
        return result.error?.issues.find((i) => i.path.join(".") === "repayment.onTimeMonths")?.message;
      };
      expect(issueFor("")).toBe(needed);
      expect(issueFor("abc")).toBe(notNumber);
      expect(issueFor("")).not.toMatch(/nan/i);
    }
  });
});
