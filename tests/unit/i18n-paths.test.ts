import { describe, expect, it } from "vitest";
import { localePath, switchLocalePath } from "@/lib/i18n/paths";
import { pickMessages } from "@/lib/i18n/pick-messages";
import { loadMessages } from "@/lib/i18n/messages";
import { QUESTIONNAIRE_NAMESPACES } from "@/components/questionnaire/namespaces";

describe("locale paths", () => {
  it("prefix every path with the locale", () => {
    expect(localePath("en", "/")).toBe("/en");
    expect(localePath("zh-CN", "/questionnaire")).toBe("/zh-CN/questionnaire");
    expect(localePath("en", "/p/abc/print")).toBe("/en/p/abc/print");
  });

  it("switch the locale and keep the page", () => {
    expect(switchLocalePath("/en", "zh-CN")).toBe("/zh-CN");
    expect(switchLocalePath("/en/", "zh-CN")).toBe("/zh-CN");
    expect(switchLocalePath("/zh-CN/p/abc", "en")).toBe("/en/p/abc");
    expect(switchLocalePath("/en/p/abc/print", "zh-CN")).toBe("/zh-CN/p/abc/print");
  });
});

describe("client messages", () => {
  it("pick top-level and nested namespaces, nothing else", () => {
    const messages = { a: { x: "1" }, b: { c: { y: "2" }, d: "3" }, e: "4" };
    expect(pickMessages(messages, ["a", "b.c"])).toEqual({ a: { x: "1" }, b: { c: { y: "2" } } });
  });

  it("pick one key of every entry with *, and nothing of what is missing", () => {
    const messages = { steps: { one: { title: "1", how: "long" }, two: { title: "2", how: "longer" }, three: { how: "x" } }, n: "5" };
    expect(pickMessages(messages, ["steps.*.title", "missing.x", "n"])).toEqual({
      steps: { one: { title: "1" }, two: { title: "2" }, three: {} },
      n: "5",
    });
  });

  it("pick one key under every child with *: every step's title and nothing else of the steps", () => {
    const titlesOnly = ["plan.band", "scoring.recommendations.*.title"] as const;
    for (const locale of ["en", "zh-CN"] as const) {
      const all = loadMessages(locale) as { scoring: { recommendations: Record<string, { title: string }> } };
      const picked = pickMessages(all, titlesOnly) as typeof all & { plan: { band: unknown } };
      const steps = Object.keys(all.scoring.recommendations);
      expect(steps.length).toBeGreaterThan(10);
      for (const id of steps) expect(picked.scoring.recommendations[id]).toEqual({ title: all.scoring.recommendations[id]!.title });
      expect(picked.plan.band).toBeTypeOf("object");
    }
  });

  it("give the questionnaire every namespace it translates with, in both languages", () => {
    for (const locale of ["en", "zh-CN"] as const) {
      const picked = pickMessages(loadMessages(locale) as Record<string, unknown>, QUESTIONNAIRE_NAMESPACES);
      for (const namespace of QUESTIONNAIRE_NAMESPACES) expect(picked[namespace]).toBeTypeOf("object");
      expect(Object.keys(picked).sort()).toEqual([...QUESTIONNAIRE_NAMESPACES].sort());
    }
  });
});
