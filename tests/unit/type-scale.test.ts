// The pages use only the type scale defined in app/globals.css: no other text size or weight in any
// class name, JSX font weight or stylesheet of app/ and components/. A page with more sizes and weights
// costs a font lookup each before its first frame (docs/benchmarks.md) and reads less evenly on a phone.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { offScale, offScaleCss, readTypeScale } from "./type-scale-scan";

const root = path.resolve(import.meta.dirname, "../..");
const scale = readTypeScale(readFileSync(path.join(root, "app/globals.css"), "utf8"));

// Not pages: the link-preview image is drawn into a PNG by its own renderer, and the printed sheet sets
// its sizes in points for one A4 page (it is read on paper, not on a phone).
const EXEMPT = new Set(["app/[locale]/p/[id]/opengraph-image.tsx", "app/[locale]/p/[id]/print/print.css"]);

function files(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(tsx?|css)$/.test(e.name))
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)))
    .filter((f) => !EXEMPT.has(f) && f !== "app/globals.css");
}

describe("type scale", () => {
  it("is a few sizes and two weights, defined in the stylesheet", () => {
    expect([...scale.sizes]).toEqual(["sm", "base", "xl", "2xl", "3xl"]);
    expect(Object.fromEntries(scale.weights)).toEqual({ normal: 400, semibold: 600 });
  });

  it("flags sizes and weights off the scale, with any variant, and leaves colours and the scale alone", () => {
    const source = [
      `<p className="text-sm text-muted font-semibold text-center">`,
      `<h1 className="text-2xl font-bold sm:text-4xl">`,
      "className={`text-lg ${x ? \"font-medium\" : \"\"}`}",
      `<span className="text-[15px] text-[#fff] font-[650] text-xs/5">`,
      `<text fontSize={10} fontWeight={700} />`,
    ].join("\n");
    expect(offScale(source, scale)).toEqual([
      { line: 2, token: "font-bold" },
      { line: 2, token: "sm:text-4xl" },
      { line: 3, token: "text-lg" },
      { line: 3, token: "font-medium" },
      { line: 4, token: "text-[15px]" },
      { line: 4, token: "font-[650]" },
      { line: 4, token: "text-xs" },
      { line: 5, token: "fontWeight={700" },
    ]);
    expect(offScale(`<text fontWeight={600} className="text-base font-normal print:text-black" />`, scale)).toEqual([]);
    expect(offScaleCss("a { font-size: 12px; font-weight: var(--font-weight-semibold) }")).toEqual([{ line: 1, token: "font-size: 12px" }]);
  });

  it("is the only one app/ and components/ use", () => {
    const all = [...files("app"), ...files("components")];
    expect(all.length).toBeGreaterThan(50);
    const found = all.flatMap((file) => {
      const text = readFileSync(path.join(root, file), "utf8");
      const findings = file.endsWith(".css") ? offScaleCss(text) : offScale(text, scale);
      return findings.map((f) => `${file}:${f.line} ${f.token}`);
    });
    expect(found, `sizes or weights outside the type scale (app/globals.css, @theme)`).toEqual([]);
  });
});
