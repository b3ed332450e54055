// `npm run bench`: compiles the benchmarks to plain modules and runs them in this one Node process (one
// core). Each benchmark writes its own section of docs/benchmarks.md. Not part of `npm test`.
import { rmSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { transpileGraph } from "./transpile.mjs";

const root = path.resolve(import.meta.dirname, "../..");
const outDir = path.join(root, "tests/.tmp/bench");
rmSync(outDir, { recursive: true, force: true });

const compiled = transpileGraph(path.join(root, "tests/bench/scoring-bench.ts"), { root, outDir });
const { runScoringBenchmark } = await import(pathToFileURL(compiled).href);
const summary = await runScoringBenchmark({ docFile: path.join(root, "docs/benchmarks.md") });
console.log(summary);
