// Both languages must carry every string of the app, and every ICU placeholder must match,
// or one language would show a raw key or drop a value.
import { describe, expect, it } from "vitest";
import en from "@/lib/i18n/messages/en.json";
import zh from "@/lib/i18n/messages/zh-CN.json";

function leaves(node: unknown, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof node === "string") out.set(prefix, node);
  else if (node && typeof node === "object")
    for (const [k, v] of Object.entries(node)) for (const [p, s] of leaves(v, prefix ? `${prefix}.${k}` : k)) out.set(p, s);
  return out;
}
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\s*[,}]/g)].map((m) => m[1]).sort();

describe("message catalogues", () => {
  const enLeaves = leaves(en);
  const zhLeaves = leaves(zh);

  it("have the same keys in English and Chinese, none empty", () => {
    expect([...zhLeaves.keys()].sort()).toEqual([...enLeaves.keys()].sort());
    for (const [key, text] of [...enLeaves, ...zhLeaves]) expect(text.trim(), key).not.toBe("");
  });

  it("use the same placeholders in both languages", () => {
    for (const [key, text] of enLeaves) {
      const other = zhLeaves.get(key) ?? "";
      expect(new Set(placeholders(other)), key).toEqual(new Set(placeholders(text)));
    }
  });

  it("really are Chinese in the Chinese catalogue", () => {
    // Only pure-format strings such as "{min} – {max}" and names like "LiftPlan" may lack Chinese characters.
    const latin = [...zhLeaves].filter(([, s]) => !/[\u4e00-\u9fff]/.test(s)).map(([k]) => k);
    expect(latin.length, latin.join(", ")).toBeLessThanOrEqual(8);
  });
});
