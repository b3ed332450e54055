// The plan's limit summary: what holds the band and what lifts it, the gains in words, what lowers the
// model's confidence; and every sentence formats in both languages with no bare "+N".
import { createTranslator, type Messages } from "next-intl";
import { describe, expect, it } from "vitest";
import { defaultBusiness, defaultProfile, type Profile } from "@/lib/profile";
import { loadMessages } from "@/lib/i18n/messages";
import type { Translator } from "@/lib/i18n/translate";
import { routing, type Locale } from "@/lib/i18n/routing";
import { BANDS, CAP_REASONS, CONFIDENCES, OUTLOOKS, type BandId, type Result } from "@/lib/scoring";
import { bandLabel } from "@/lib/plan-text/band-label";
import { gainText } from "@/lib/plan-text/gain-text";
import {
  atRiskReasons,
  capKey,
  capSay,
  CONFIDENCE_REASONS,
  confidenceReasons,
  gainOf,
  movesTo,
} from "@/lib/plan-text/limit-logic";

const band = (id: BandId) => ({ id, ...BANDS[id] });
type CapPart = Pick<Result, "band" | "ladderBand" | "cap">;

describe("capSay", () => {
  it("says nothing when no cap holds the band", () => {
    expect(capSay({ band: band("B3"), ladderBand: "B3", cap: null })).toBeNull();
  });

  it("names the step that lifts a cap, and the band the score alone reaches", () => {
    const r: CapPart = { band: band("B2"), ladderBand: "B4", cap: { reason: "debt-burden", liftedBy: "lower-debt-burden", lift: null } };
    expect(capSay(r)).toEqual({ reason: "debt-burden", band: "B2", ladder: "B4", lift: { kind: "step", id: "lower-debt-burden" } });
  });

  it("turns an income lift into an amount and the next band, never past the ladder", () => {
    const r: CapPart = { band: band("B3"), ladderBand: "B5", cap: { reason: "income", liftedBy: null, lift: { path: ["finances", "monthlyIncome"], value: 12500 } } };
    expect(capSay(r)?.lift).toEqual({ kind: "money", field: "finances.monthlyIncome", value: 12500, to: "B4" });
    const noIncome: CapPart = { band: band("B0"), ladderBand: "B2", cap: { reason: "income", liftedBy: null, lift: { path: ["finances", "monthlyIncome"], value: 250 } } };
    expect(capSay(noIncome)?.lift).toMatchObject({ kind: "money", to: "B1" });
  });

  it("says no income plainly, not as a band capped at paused", () => {
    expect(capKey({ reason: "income", band: "B0" })).toBe("cap.incomeNone");
    expect(capKey({ reason: "income", band: "B2" })).toBe("cap.income");
    expect(capKey({ reason: "overdue", band: "B0" })).toBe("cap.overdue");
  });

  it("reads a count lift as a count and an unknown path in general words", () => {
    const thin: CapPart = { band: band("B2"), ladderBand: "B3", cap: { reason: "thin-file", liftedBy: null, lift: { path: ["repayment", "onTimeMonths"], value: 6 } } };
    expect(capSay(thin)?.lift).toEqual({ kind: "count", field: "repayment.onTimeMonths", value: 6, to: "B3" });
    const odd: CapPart = { band: band("B2"), ladderBand: "B3", cap: { reason: "thin-file", liftedBy: null, lift: { path: ["spending", "categories"], value: 6 } } };
    expect(capSay(odd)?.lift).toEqual({ kind: "other", to: "B3" });
    const none: CapPart = { band: band("B2"), ladderBand: "B3", cap: { reason: "thin-file", liftedBy: null, lift: null } };
    expect(capSay(none)?.lift).toBeNull();
  });
});

describe("gains", () => {
  const step = { id: "x", horizon: "now" as const, effort: "low" as const, impact: 1 };
  it("uses the model's gain, and reads a v1 step's impact by the contract's rule", () => {
    expect(gainOf({ ...step, impact: 1, gain: "large", bandAfter: "B3" })).toBe("large");
    expect(gainOf({ ...step, impact: 9 })).toBe("large");
    expect(gainOf({ ...step, impact: 3 })).toBe("medium");
    expect(gainOf({ ...step, impact: 2 })).toBe("small");
  });

  it("says a step moves the band only when its band after is above today's", () => {
    expect(movesTo({ ...step, gain: "large", bandAfter: "B3" }, "B2")).toBe("B3");
    expect(movesTo({ ...step, gain: "small", bandAfter: "B2" }, "B2")).toBeNull();
    expect(movesTo(step, "B2")).toBeNull();
  });
});

describe("confidenceReasons", () => {
  it("lists each unknown answer and a thin record", () => {
    const known: Profile = {
      ...defaultProfile,
      borrowing: { ...defaultProfile.borrowing, largestDraw6m: 3000 },
      finances: { ...defaultProfile.finances, currentLimit: 20000, usedLimit: 2000 },
      ecosystem: { ...defaultProfile.ecosystem, zhimaScore: 700 },
    };
    expect(confidenceReasons(known)).toEqual([]);
    expect(confidenceReasons(defaultProfile)).toEqual(["zhimaUnknown", "usedLimitUnknown", "largestDrawUnknown", "currentLimitUnknown"]);
    const thin: Profile = {
      ...known,
      repayment: { ...known.repayment, onTimeMonths: 2 },
      ecosystem: { ...known.ecosystem, accountYears: 0.5 },
      purpose: "business",
      business: defaultBusiness,
    };
    expect(confidenceReasons(thin)).toEqual(["businessUnknown", "thinRecord"]);
  });

  it("gives the cap first, then the warnings, as why a cut may come", () => {
    expect(atRiskReasons({ cap: { reason: "debt-burden", liftedBy: null, lift: null }, warnings: [{ id: "multi-lending" }] })).toEqual({
      cap: "debt-burden",
      warnings: ["multi-lending"],
    });
  });
});

function strict(locale: Locale) {
  const errors: string[] = [];
  const make = (namespace: string): Translator =>
    createTranslator({
      locale,
      messages: loadMessages(locale) as Messages,
      namespace,
      onError: (e) => errors.push(e.message),
      getMessageFallback: ({ key }) => `MISSING(${key})`,
    });
  return { t: make("limit"), tBand: make("plan.band"), errors };
}

describe.each(routing.locales)("limit messages (%s)", (locale) => {
  const { t, tBand, errors } = strict(locale);
  const name = (id: BandId) => bandLabel(id, (n) => `¥${n}`, tBand, t);
  const uses: [string, Record<string, string | number>?][] = [
    ["heading"], ["noCap"], ["ladder", { band: "B4" }], ["cap.incomeNone"],
    ...CAP_REASONS.map((r) => [`cap.${r}`, { band: "B2" }] as [string, Record<string, string>]),
    ...CAP_REASONS.map((r) => [`outlook.why.${r}`] as [string]),
    ["lift.step", { step: "Settle" }], ["lift.income", { amount: "¥12,500", to: "B4" }], ["lift.incomePublic", { to: "B4" }],
    ["lift.repayments", { amount: "¥900", to: "B3" }], ["lift.repaymentsPublic", { to: "B3" }],
    ["lift.onTime", { value: 6, to: "B3" }], ["lift.years", { value: 1, to: "B3" }], ["lift.other", { to: "B3" }],
    ["outlook.heading"], ["outlook.unknown"], ["outlook.general"], ...OUTLOOKS.map((o) => [`outlook.${o}`] as [string]),
    ["confidence.heading"], ["confidence.lowers"], ["confidence.firmer"], ...CONFIDENCES.map((c) => [`confidence.${c}`] as [string]),
    ...CONFIDENCE_REASONS.map((r) => [`confidence.reasons.${r}`] as [string]),
  ];

  it("formats every sentence with no missing key or value", () => {
    for (const [key, values] of uses) {
      expect(t(key, values), key).not.toMatch(/[{}]|MISSING|undefined/);
    }
    expect(errors).toEqual([]);
  });

  it("names a band with its range, and B0 as paused", () => {
    expect(name("B3")).toContain("B3");
    expect(name("B3")).toContain("¥20000");
    expect(name("B0")).toBe(t("paused"));
  });

  it("puts the amount into the owner's lift sentence and none into the general one", () => {
    expect(t("lift.income", { amount: "¥12,500", to: name("B4") })).toContain("¥12,500");
    expect(t("lift.incomePublic", { to: name("B4") })).not.toMatch(/¥12/);
  });

  it("words every gain without a bare number of points, and says when a step moves the band", () => {
    const step = { id: "x", horizon: "now" as const, effort: "low" as const };
    for (const gain of ["small", "medium", "large"] as const) {
      const text = gainText(t, { ...step, impact: 1, gain, bandAfter: "B2" }, "B2", name);
      expect(text).toBe(t(`gain.${gain}`));
      expect(text).not.toMatch(/\+\s*\d/);
    }
    const moving = gainText(t, { ...step, impact: 12, gain: "large", bandAfter: "B3" }, "B2", name);
    expect(moving).toContain(t("gain.large"));
    expect(moving).toContain(name("B3"));
    expect(gainText(t, { ...step, impact: 1 }, "B2", name)).toBe(t("gain.small"));
    expect(errors).toEqual([]);
  });
});
