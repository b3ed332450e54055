// The layers: route handlers (app/api), everything under lib, the proxy and the server's start-up hook
// never import from components/ (React UI). What both sides need lives in lib/.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, normalize, relative } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "..", "..");
const SCANNED = ["app/api", "lib", "proxy.ts", "instrumentation.ts"];
const SKIPPED = new Set(["lib/db/generated", "lib/db/generated-pg"]); // Prisma's generated clients
const SOURCE = /\.(ts|tsx|mts|cts|js|mjs|cjs)$/;

function sourceFiles(path: string): string[] {
  if (SKIPPED.has(path)) return [];
  const full = join(ROOT, path);
  if (!statSync(full).isDirectory()) return SOURCE.test(path) ? [path] : [];
  return readdirSync(full).flatMap((name) => sourceFiles(`${path}/${name}`));
}

// `import … from "x"`, `export … from "x"`, `import "x"`, `import("x")`, `require("x")`, `vi.mock("x")`.
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*|\bmock\s*\(\s*)["']([^"']+)["']/g;

/** The project path an import names, or null for a package. */
function target(file: string, specifier: string): string | null {
  if (specifier.startsWith("@/")) return normalize(specifier.slice(2));
  if (specifier.startsWith(".")) return relative(ROOT, join(ROOT, dirname(file), specifier));
  return null;
}

/** Every import of `file`'s source that reaches into components/. */
function uiImports(file: string, source: string): string[] {
  return [...source.matchAll(SPECIFIER)]
    .map((match) => match[1]!)
    .filter((specifier) => {
      const path = target(file, specifier);
      return path !== null && path.split(/[\\/]/)[0] === "components";
    });
}

describe("nothing outside the UI imports from components/", () => {
  it("finds such an import in any of its spellings (the check itself works)", () => {
    const sample = [
      'import { a } from "@/components/plan/x";',
      "export { b } from '../../components/ui/y';",
      'const c = await import("@/components/z");',
      'import "../../components/side-effect";',
      'import { fine } from "@/lib/plans"; import React from "react";',
    ].join("\n");
    expect(uiImports("lib/http/sample.ts", sample)).toEqual([
      "@/components/plan/x",
      "../../components/ui/y",
      "@/components/z",
      "../../components/side-effect",
    ]);
    expect(uiImports("proxy.ts", 'import { x } from "./components/a";')).toEqual(["./components/a"]);
    expect(uiImports("lib/plan-text/a.ts", 'import { x } from "./components-like"; import "../components/y";')).toEqual([]);
  });

  it("holds for app/api, lib, proxy.ts and instrumentation.ts", () => {
    const files = SCANNED.flatMap(sourceFiles);
    expect(files.length).toBeGreaterThan(100);
    const found = files.flatMap((file) => uiImports(file, readFileSync(join(ROOT, file), "utf8")).map((specifier) => `${file}: ${specifier}`));
    expect(found).toEqual([]);
  });
});
