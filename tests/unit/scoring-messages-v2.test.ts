// Texts of model v2's steps that must say the right thing for the person: income proof worded by income
// source, business records naming only what is missing, use-and-repay never reading as "borrow to look
// active", and the two new steps' numbers.
import { describe, expect, it } from "vitest";
import type { Profile } from "@/lib/profile/schema";
import { translatorFor } from "@/lib/i18n/translator";
import { recommendationFacts } from "@/lib/scoring";
import { oneOffDraw, shopkeeper } from "../fixtures/personas-v2";
import { typical } from "../fixtures/profiles";

const en = translatorFor("en", "scoring");
const zh = translatorFor("zh-CN", "scoring");
const text = (t: typeof en, id: string, part: string, p: Profile) => t(`recommendations.${id}.${part}`, recommendationFacts(id, p));
const withSource = (incomeSource: Profile["finances"]["incomeSource"]): Profile => ({
  ...typical,
  finances: { ...typical.finances, incomeSource, incomeProof: false },
});

describe("model v2 step texts", () => {
  it("income proof names the proof that fits the income source", () => {
    expect(text(en, "add-income-proof", "how", withSource("salary"))).toMatch(/pay slips or bank statements/);
    expect(text(en, "add-income-proof", "how", withSource("business"))).toMatch(/tax records or business bank statements/);
    expect(text(en, "add-income-proof", "how", withSource("pension"))).toMatch(/pension statement/);
    expect(text(en, "add-income-proof", "how", withSource("pension"))).not.toMatch(/公积金|pay slips/);
    expect(text(zh, "add-income-proof", "how", withSource("salary"))).toMatch(/工资条或银行流水/);
    expect(text(zh, "add-income-proof", "how", withSource("business"))).toMatch(/纳税记录或经营账户的银行流水/);
    expect(text(zh, "add-income-proof", "how", withSource("pension"))).toMatch(/养老金/);
  });

  it("business records never tell someone registered to register", () => {
    expect(shopkeeper.business?.registered).toBe(true);
    for (const part of ["title", "how", "shows"]) {
      expect(text(en, "business-records", part, shopkeeper)).not.toMatch(/[Rr]egister|licence/);
      expect(text(zh, "business-records", part, shopkeeper)).not.toMatch(/登记|执照/);
    }
    expect(text(en, "business-records", "title", shopkeeper)).toBe("File taxes for your business");
    const unregistered = { ...shopkeeper, business: { ...shopkeeper.business!, registered: false } };
    expect(text(en, "business-records", "how", unregistered)).toMatch(/Register as an individual business/);
  });

  it("use-and-repay is a planned purchase repaid in full before the due date, and says how it differs", () => {
    const why = text(en, "use-and-repay", "why", typical);
    const how = text(en, "use-and-repay", "how", typical);
    expect(why).toMatch(/Unlike borrowing to look active/);
    expect(why).toMatch(/repaid in full before the due date/);
    expect(how).toMatch(/you would make anyway|planned expense/);
    expect(how).toMatch(/Never borrow what you don't need/);
    expect(text(zh, "use-and-repay", "why", typical)).toMatch(/为显得活跃而借钱/);
    expect(text(zh, "use-and-repay", "how", typical)).toMatch(/不需要的钱不要借/);
  });

  it("borrow-what-you-need states the draw and the target in yuan and percent", () => {
    expect(text(en, "borrow-what-you-need", "target", oneOffDraw)).toBe(
      "Largest draw at most ¥9,000 (30% of the limit); today ¥28,000 (93%)",
    );
    expect(text(zh, "borrow-what-you-need", "target", oneOffDraw)).toContain("¥9,000");
  });

  it("declare-assets names an asset the person has", () => {
    expect(text(en, "declare-assets", "why", { ...typical, assets: { ...typical.assets, ownsCar: true } })).toMatch(/^You hold a car /);
    expect(text(zh, "declare-assets", "why", { ...typical, assets: { ...typical.assets, ownsProperty: true } })).toMatch(/^你有房产/);
  });
});
