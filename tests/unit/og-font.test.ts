// The Chinese link-preview image draws with a font cut to its words: every character of those words
// must be in the cut, or the image shows empty boxes. (app/[locale]/p/[id]/_og-font/make-font.py makes the font again.)
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import zh from "@/lib/i18n/messages/zh-CN.json";

describe("the Chinese preview image's font", () => {
  const chars = new Set(readFileSync("app/[locale]/p/[id]/_og-font/og-zh.chars.txt", "utf8"));
  const font = readFileSync("app/[locale]/p/[id]/_og-font/og-zh.otf");

  it("is a small OpenType font", () => {
    expect(font.subarray(0, 4).toString("latin1")).toBe("OTTO");
    expect(font.length).toBeLessThan(100_000);
  });

  it("holds every character of the image's words and the score", () => {
    const words = [zh.common.brand, ...Object.values(zh.plan.og), "0123456789 / 100"].join("");
    const missing = [...new Set(words)].filter((c) => !chars.has(c));
    expect(missing).toEqual([]);
  });
});
