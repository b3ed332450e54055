// The benchmark's TypeScript helpers (and the end-to-end tests' page-weight measure) as plain modules:
// Node 20 cannot run .ts, so they are compiled once with TypeScript's transpiler (./transpile.mjs).
import { rmSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { transpileGraph } from "./transpile.mjs";

export const root = path.resolve(import.meta.dirname, "../..");
const outDir = path.join(root, "tests/.tmp/bench-helpers");
rmSync(outDir, { recursive: true, force: true });

const load = (file) => import(pathToFileURL(transpileGraph(path.join(root, file), { root, outDir })).href);

export const { replaceSection } = await load("tests/bench/markdown-section.ts");
export const { percentile, median } = await load("tests/bench/stats.ts");
export const figures = await load("tests/bench/figures.ts");
export const { firstLoadScriptBytes } = await load("tests/e2e/page-weight.ts");
export const { upgradeProfile } = await load("lib/profile/upgrade.ts");
export const { ownerTokenKey } = await load("components/plan/owner/owner-token.ts");
