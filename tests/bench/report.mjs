// Where each benchmark's figures go: its own "## " section of docs/benchmarks.md (the others are kept),
// and the one line about the machine that every section carries, because the figures depend on it.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { replaceSection, root } from "./ts-modules.mjs";

const DOC = path.join(root, "docs/benchmarks.md");

/** Replaces `## {heading}` in docs/benchmarks.md with `body`; read-modify-write of that section only. */
export function writeSection(heading, body) {
  const current = existsSync(DOC) ? readFileSync(DOC, "utf8") : "# Benchmarks\n";
  writeFileSync(DOC, replaceSection(current, heading, body));
}

/** "AMD EPYC … (2 cores), Node v20.20.2, linux x64, load average 1.8 at the start". */
export function machineLine(loadAtStart = os.loadavg()[0]) {
  const cpus = os.cpus();
  return `${cpus[0]?.model.trim() ?? "unknown CPU"} (${cpus.length} cores), ${Math.round(os.totalmem() / 2 ** 30)} GB RAM, Node ${process.version}, ${os.platform()} ${os.arch()}; load average (1 min) ${loadAtStart.toFixed(1)} at the start${loadAtStart > cpus.length / 2 ? " — other work was running, so timings are pessimistic" : ""}`;
}

/** The commit measured, and whether the working tree had uncommitted changes (they are measured too). */
export function revision() {
  const git = (...args) => spawnSync("git", args, { cwd: root, encoding: "utf8" }).stdout?.trim() ?? "";
  const commit = git("rev-parse", "--short", "HEAD") || "unknown";
  return git("status", "--porcelain", "--untracked-files=no", "--", "app", "components", "lib") ? `${commit} + uncommitted changes` : commit;
}

export const today = () => new Date().toISOString().slice(0, 10);
