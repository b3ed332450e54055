import { describe, expect, it } from "vitest";
import { defaultBusiness, defaultProfile, profileSchema, type Profile } from "@/lib/profile";
import { decodeDraft, draftKey, encodeDraft, isUntouched } from "@/components/questionnaire/draft-storage";

const edited: Profile = {
  ...defaultProfile,
  repayment: { ...defaultProfile.repayment, onTimeMonths: 48, autopay: true },
  finances: { ...defaultProfile.finances, currentLimit: 20000, usedLimit: 5000 },
};

describe("draft storage", () => {
  it("round-trips valid answers and the current step", () => {
    const draft = decodeDraft(encodeDraft(edited, "finances"), defaultProfile);
    expect(draft).toEqual({ profile: edited, step: "finances" });
  });

  it("keeps business answers for business use", () => {
    const business: Profile = { ...edited, purpose: "business", business: { ...defaultBusiness, monthlyRevenue: 50000 } };
    const draft = decodeDraft(encodeDraft(business, "business"), defaultProfile);
    expect(draft?.profile.business?.monthlyRevenue).toBe(50000);
    expect(draft?.step).toBe("business");
  });

  it("drops business answers left over from business use when the purpose is personal", () => {
    const stale = { ...edited, business: { ...defaultBusiness, registered: true } };
    const draft = decodeDraft(encodeDraft(stale, "business"), defaultProfile);
    expect(draft?.profile).not.toHaveProperty("business");
    expect(draft?.step).toBe("purpose"); // the business step is not shown for personal use
    expect(profileSchema.safeParse(draft?.profile).success).toBe(true);
  });

  it("replaces individually invalid answers with the starting answers and keeps the rest", () => {
    const values = {
      ...edited,
      repayment: { ...edited.repayment, onTimeMonths: "lots", latePayments12m: -2 },
      borrowing: { ...edited.borrowing, draws6m: Number.NaN, surprise: 1 },
    };
    const draft = decodeDraft(encodeDraft(values, "borrowing"), defaultProfile);
    expect(draft?.profile.repayment.onTimeMonths).toBe(defaultProfile.repayment.onTimeMonths);
    expect(draft?.profile.repayment.latePayments12m).toBe(defaultProfile.repayment.latePayments12m);
    expect(draft?.profile.repayment.autopay).toBe(true);
    expect(draft?.profile.borrowing.draws6m).toBe(defaultProfile.borrowing.draws6m);
    expect(draft?.profile.borrowing).not.toHaveProperty("surprise");
    expect(draft?.profile.finances.currentLimit).toBe(20000);
  });

  it("fills gaps from the baseline it is given (the plan being edited)", () => {
    const partial = JSON.stringify({ format: 1, step: "assets", profile: { purpose: "personal", assets: { ownsCar: true } } });
    const draft = decodeDraft(partial, edited);
    expect(draft?.profile).toEqual({ ...edited, assets: { ...edited.assets, ownsCar: true } });
  });

  it("drops a draft whose answers contradict each other", () => {
    const contradictory = { ...edited, finances: { ...edited.finances, currentLimit: 1000, usedLimit: 5000 } };
    expect(decodeDraft(encodeDraft(contradictory, "finances"), defaultProfile)).toBeNull();
  });

  it("drops anything that is not a draft", () => {
    for (const raw of [null, "", "not json", "42", "[]", JSON.stringify({ format: 2, profile: edited }), JSON.stringify({ format: 1 })]) {
      expect(decodeDraft(raw, defaultProfile), String(raw)).toBeNull();
    }
  });

  it("falls back to the first step when the stored step is unknown", () => {
    const raw = JSON.stringify({ format: 1, step: "nowhere", profile: edited });
    expect(decodeDraft(raw, defaultProfile)?.step).toBe("purpose");
  });

  it("never stores NaN as null (which would read as “I don't know”)", () => {
    const raw = encodeDraft({ ...edited, finances: { ...edited.finances, currentLimit: Number.NaN } }, "finances");
    expect(raw).not.toContain('"currentLimit":null');
    expect(decodeDraft(raw, defaultProfile)?.profile.finances.currentLimit).toBeNull(); // the baseline's value
  });

  it("keeps new plans and plan edits apart", () => {
    expect(draftKey()).not.toBe(draftKey("abc"));
    expect(draftKey("abc")).not.toBe(draftKey("abd"));
  });

  it("tells an untouched draft (starting answers, first step) from real progress", () => {
    const reordered = Object.fromEntries(Object.entries(defaultProfile).reverse()) as Profile;
    expect(isUntouched({ profile: reordered, step: "purpose" }, defaultProfile)).toBe(true);
    expect(isUntouched({ profile: defaultProfile, step: "repayment" }, defaultProfile)).toBe(false);
    expect(isUntouched({ profile: edited, step: "purpose" }, defaultProfile)).toBe(false);
    expect(isUntouched({ profile: edited, step: "purpose" }, edited)).toBe(true);
  });

  it("upgrades a draft kept by the v1 questionnaire instead of dropping it", () => {
    // What the old questionnaire stored: version 1, none of the v2 questions.
    const v1Draft = JSON.stringify({
      format: 1,
      step: "assets",
      profile: {
        version: 1,
        purpose: "business",
        repayment: { onTimeMonths: 30, latePayments12m: 0, currentlyOverdue: false, autopay: true },
        borrowing: { draws6m: 4, applications3m: 1, activeLenders: 2 },
        finances: { monthlyIncome: 6000, monthlyDebtPayments: 800, currentLimit: 30000, usedLimit: 2000 },
        assets: { liquidSavings: 5000, investments: 0, ownsProperty: true, ownsCar: false, providentFund: true },
        ecosystem: { ...defaultProfile.ecosystem, accountYears: 6 },
        spending: { ...defaultProfile.spending },
        business: { registered: true, monthlyRevenue: 40000, taxRecords: false },
      },
    });
    const draft = decodeDraft(v1Draft, defaultProfile);
    expect(draft).not.toBeNull();
    expect(draft?.step).toBe("assets");
    expect(draft?.profile.version).toBe(2);
    expect(profileSchema.safeParse(draft?.profile).success).toBe(true);
    // Every v1 answer kept; the new ones as the contract's upgrade implies, not the starting answers.
    expect(draft?.profile.repayment.onTimeMonths).toBe(30);
    expect(draft?.profile.finances).toMatchObject({ monthlyIncome: 6000, currentLimit: 30000, incomeSource: "business", incomeProof: true });
    expect(draft?.profile.borrowing).toEqual({ draws6m: 4, applications3m: 1, activeLenders: 2, largestDraw6m: null });
    expect(draft?.profile.assets.declared).toBe(false);
    expect(draft?.profile.business).toEqual({ registered: true, monthlyRevenue: 40000, taxRecords: false, paymentsReceived: null, monthlyPurchases: null });
  });

  it("upgrades a v1 draft with no income to the source “none”", () => {
    const raw = JSON.stringify({ format: 1, step: "finances", profile: { version: 1, purpose: "personal", finances: { monthlyIncome: 0 } } });
    expect(decodeDraft(raw, defaultProfile)?.profile.finances).toMatchObject({ monthlyIncome: 0, incomeSource: "none" });
  });

  it("keeps the v2 answers of a v2 draft", () => {
    const v2: Profile = {
      ...edited,
      finances: { ...edited.finances, incomeSource: "pension", incomeProof: true },
      borrowing: { ...edited.borrowing, largestDraw6m: 9000 },
      assets: { ...edited.assets, declared: true },
    };
    expect(decodeDraft(encodeDraft(v2, "assets"), defaultProfile)?.profile).toEqual(v2);
  });
});

describe("drafts of a questionnaire that starts unanswered", () => {
  it("restore a half-answered draft: answers given come back, the rest stays unanswered", async () => {
    const { blankProfile } = await import("@/lib/profile");
    const half = { ...blankProfile, repayment: { ...blankProfile.repayment, onTimeMonths: 24, currentlyOverdue: true } };
    const draft = decodeDraft(encodeDraft(half, "borrowing"), blankProfile);
    expect(draft?.step).toBe("borrowing");
    expect(draft?.profile.repayment.onTimeMonths).toBe(24);
    expect(draft?.profile.repayment.currentlyOverdue).toBe(true);
    expect(draft?.profile.repayment.latePayments12m).toBeNaN();
    expect(draft?.profile.finances.monthlyIncome).toBeNaN();
    // "I don't know" is an answer, kept apart from unanswered.
    const unknown = { ...half, finances: { ...half.finances, currentLimit: null } };
    const restored = decodeDraft(encodeDraft(unknown, "finances"), blankProfile);
    expect(restored?.profile.finances.currentLimit).toBeNull();
    expect(restored?.profile.finances.usedLimit).toBeNaN();
  });

  it("still drops a draft whose given answers contradict each other", async () => {
    const { blankProfile } = await import("@/lib/profile");
    const bad = { ...blankProfile, finances: { ...blankProfile.finances, currentLimit: 1000, usedLimit: 5000 } };
    expect(decodeDraft(encodeDraft(bad, "finances"), blankProfile)).toBeNull();
  });

  it("counts an untouched blank form as untouched", async () => {
    const { blankProfile } = await import("@/lib/profile");
    expect(isUntouched({ profile: blankProfile, step: "purpose" }, blankProfile)).toBe(true);
    const answered = { ...blankProfile, repayment: { ...blankProfile.repayment, onTimeMonths: 3 } };
    expect(isUntouched({ profile: answered, step: "purpose" }, blankProfile)).toBe(false);
  });
});
