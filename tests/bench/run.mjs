// `npm run bench`: every benchmark, each writing its own section of docs/benchmarks.md. Not part of
// `npm test` (timings do not belong in CI's critical path; the byte budget there is tests/e2e/size-budget).
//   npm run bench                         all of them: scoring, js, lighthouse, server, scale
//   npm run bench -- --only=js,server     some of them
//   npm run bench -- --skip-build         reuse the app build in .next-bench instead of building afresh
// Servers listen on 127.0.0.1, ports 3900–3999, and are stopped at the end. Settings (environment):
// BENCH_CLIENTS (32), BENCH_SECONDS (10), BENCH_LIGHTHOUSE_RUNS (3), BENCH_SERVER_ROUNDS (3),
// BENCH_SCALE_ROUNDS (3), BENCH_SCALE_MAX (1000000).
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { figures, root } from "./ts-modules.mjs";
import { transpileGraph } from "./transpile.mjs";
import { ensureBuild, portAllocator, startServer, stopServer } from "../load/app-server.mjs";

const selected = figures.selectedBenchmarks(process.argv.slice(2));
const DIST_DIR = ".next-bench";
const freePort = portAllocator(3900, 3999);
process.chdir(root);

async function scoring() {
  const outDir = path.join(root, "tests/.tmp/bench");
  rmSync(outDir, { recursive: true, force: true });
  const compiled = transpileGraph(path.join(root, "tests/bench/scoring-bench.ts"), { root, outDir });
  const { runScoringBenchmark } = await import(pathToFileURL(compiled).href);
  const summary = await runScoringBenchmark({ docFile: path.join(root, "docs/benchmarks.md") });
  console.log(summary);
  return summary;
}

const needs = (...names) => names.some((n) => selected.includes(n));
const cleanup = [];
const results = { loadAtStart: os.loadavg()[0] };
try {
  if (needs("scoring")) results.scoring = await scoring();
  if (needs("js", "lighthouse", "server", "scale")) ensureBuild(DIST_DIR, { force: !process.argv.includes("--skip-build") });

  let bare;
  let nextVersion;
  if (needs("js", "lighthouse")) {
    const { appStylesheet, bareNextVersion, buildBareApp, startBareApp } = await import("./bare-app.mjs");
    buildBareApp({ appStylesheet: appStylesheet(DIST_DIR) });
    nextVersion = bareNextVersion();
    const server = await startBareApp(await freePort());
    cleanup.push(() => stopServer(server.child));
    bare = { base: server.base };
  }
  if (needs("js", "lighthouse", "server")) {
    const dir = mkdtempSync(path.join(os.tmpdir(), "liftplan-bench-"));
    cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
    const server = await startServer({ port: await freePort(), distDir: DIST_DIR, databaseUrl: `file:${path.join(dir, "bench.db")}` });
    cleanup.push(() => stopServer(server.child));
    const { createOwnedPlan } = await import("./pages.mjs");
    const plan = await createOwnedPlan(server.base);
    const app = { base: server.base, planId: plan.id, editToken: plan.editToken };

    if (needs("js")) {
      const { runPageWeight } = await import("./page-weight.mjs");
      results.js = await runPageWeight({ app, bare, nextVersion });
      console.log("js:", JSON.stringify(results.js));
    }
    if (needs("lighthouse")) {
      const { runLighthouse } = await import("./lighthouse.mjs");
      const result = (results.lighthouse = await runLighthouse({ app, bare }));
      console.log("lighthouse:", JSON.stringify(result, (k, v) => (["lost", "lcpElement", "metricScores", "styles"].includes(k) ? undefined : v)));
    }
    if (needs("server")) {
      const { runServerThroughput, writeStaticPage } = await import("./server-throughput.mjs");
      const { file, planIds } = await writeStaticPage(app.base, root);
      cleanup.push(() => rmSync(file, { force: true }));
      // Next lists public/ when it starts: a fresh server, on the same database, serves the static page.
      const withPage = await startServer({ port: await freePort(), distDir: DIST_DIR, databaseUrl: `file:${path.join(dir, "bench.db")}` });
      cleanup.push(() => stopServer(withPage.child));
      await stopServer(server.child);
      const result = (results.server = await runServerThroughput({ app: { base: withPage.base }, planIds }));
      console.log("server:", JSON.stringify(Object.fromEntries(Object.entries(result).map(([k, r]) => [k, { rps: Math.round(r.perSecond), p99: Math.round(r.p99), errors: r.errors }]))));
    }
  }
  // Stop the other servers first: the scale run wants the machine to itself.
  while (cleanup.length) await cleanup.pop()();
  if (needs("scale")) {
    const { runScale } = await import("./scale.mjs");
    const rows = (results.scale = await runScale({ distDir: DIST_DIR, freePort }));
    console.log("scale:", JSON.stringify(rows.map((r) => ({ size: r.size, api: Math.round(r.api.perSecond), page: Math.round(r.page.perSecond), apiP99: Math.round(r.api.p99), pageP99: Math.round(r.page.p99) }))));
  }
  if (figures.BENCHMARKS.every((b) => results[b] !== undefined)) {
    const { writeSummary } = await import("./summary.mjs");
    writeSummary(results);
  }
  console.log(`bench: wrote ${selected.join(", ")}${selected.length === figures.BENCHMARKS.length ? " and the summary" : ""} to docs/benchmarks.md`);
} finally {
  while (cleanup.length) await cleanup.pop()();
}
