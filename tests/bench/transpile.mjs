// Turns a TypeScript entry file and every project file it imports at run time into plain ES modules
// under `outDir`, with TypeScript's own transpiler (a declared dev dependency). Node 20 cannot run .ts,
// and a test runner's module wrapper would slow the very code being measured; native modules are what a
// browser bundle behaves like. Imports: relative and "@/" paths are followed and rewritten; packages
// ("zod", "node:os", …) stay as they are and resolve from the project's node_modules.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

const SPECIFIER = /(\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(["'])([^"']+)\2/g;

function resolveSource(spec, fromFile, root) {
  const base = spec.startsWith("@/") ? path.join(root, spec.slice(2)) : path.resolve(path.dirname(fromFile), spec);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts")]) {
    if (candidate.endsWith(".ts") || candidate.endsWith(".tsx")) {
      if (existsSync(candidate)) return candidate;
    }
  }
  throw new Error(`Cannot resolve "${spec}" from ${path.relative(root, fromFile)}`);
}

const outPath = (source, root, outDir) => path.join(outDir, path.relative(root, source)).replace(/\.tsx?$/, ".js");

/** Transpiles `entry` and its project imports; returns the path of the entry's compiled module. */
export function transpileGraph(entry, { root, outDir }) {
  const pending = [path.resolve(entry)];
  const done = new Set();
  while (pending.length > 0) {
    const source = pending.pop();
    if (done.has(source)) continue;
    done.add(source);
    const { outputText } = ts.transpileModule(readFileSync(source, "utf8"), {
      fileName: source,
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, jsx: ts.JsxEmit.ReactJSX },
    });
    const target = outPath(source, root, outDir);
    // Type-only imports are gone from the output, so only run-time imports are followed.
    const code = outputText.replace(SPECIFIER, (match, lead, quote, spec) => {
      if (!spec.startsWith(".") && !spec.startsWith("@/")) return match;
      const dependency = resolveSource(spec, source, root);
      pending.push(dependency);
      let relative = path.relative(path.dirname(target), outPath(dependency, root, outDir)).split(path.sep).join("/");
      if (!relative.startsWith(".")) relative = `./${relative}`;
      return `${lead}${quote}${relative}${quote}`;
    });
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, code);
  }
  return outPath(path.resolve(entry), root, outDir);
}
