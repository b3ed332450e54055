// Figure 4, scale: plan reads with 1,000 and with 1,000,000 stored plans. One real plan is created through
// the API; its rows (Plan and Snapshot) are then copied with new random ids straight into the SQLite file
// with better-sqlite3 in large transactions (the server stopped meanwhile), and the same read load is run
// at each size against a freshly started server.
import { randomBytes } from "node:crypto";
import { copyFileSync, mkdtempSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { figures } from "./ts-modules.mjs";
import { combineRounds, driveLoad, errorText } from "./http-load.mjs";
import { createPlan } from "./pages.mjs";
import { machineLine, revision, today, writeSection } from "./report.mjs";
import { startServer, stopServer } from "../load/app-server.mjs";

const SIZES = [1_000, Number(process.env.BENCH_SCALE_MAX) || 1_000_000];
const CLIENTS = Math.max(1, Math.min(256, Number(process.env.BENCH_CLIENTS) || 32));
const SECONDS = Math.max(1, Math.min(120, Number(process.env.BENCH_SECONDS) || 10));
const TARGET = 1.2;
const ROUNDS = Math.max(1, Math.min(9, Number(process.env.BENCH_SCALE_ROUNDS) || 3));
const BATCH = 50_000;

/** Copies the one stored plan (and its snapshots) until the file holds `total` plans; returns the new ids and the prune lookup timed on the result. */
export function fillTo(file, total) {
  const db = new Database(file);
  try {
    // A benchmark fixture, filled with the server stopped: speed over durability (no journal, no fsync),
    // then back to WAL as the app runs it.
    db.pragma("journal_mode = OFF");
    db.pragma("synchronous = OFF");
    db.pragma("cache_size = -262144"); // 256 MB
    const have = db.prepare('SELECT COUNT(*) AS n FROM "Plan"').get().n;
    const plan = db.prepare('SELECT * FROM "Plan" LIMIT 1').get();
    const snapshots = db.prepare('SELECT * FROM "Snapshot" WHERE "planId" = ?').all(plan.id);
    const insertPlan = db.prepare(
      'INSERT INTO "Plan" (id, editTokenHash, profile, result, modelVersion, checklist, createdAt, updatedAt, lastViewedAt) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
    );
    const insertSnapshot = db.prepare('INSERT INTO "Snapshot" (planId, at, score, bandId, profile, result) VALUES (?, ?, ?, ?, ?, ?)');
    const ids = [];
    const insertBatch = db.transaction((count) => {
      const bytes = randomBytes(18 * count);
      for (let i = 0; i < count; i++) {
        const id = bytes.subarray(i * 18, i * 18 + 18).toString("base64url"); // the app's id format: 144 bits
        insertPlan.run(id, plan.editTokenHash, plan.profile, plan.result, plan.modelVersion, plan.checklist, plan.createdAt, plan.updatedAt, plan.lastViewedAt);
        for (const s of snapshots) insertSnapshot.run(id, s.at, s.score, s.bandId, s.profile, s.result);
        ids.push(id);
      }
    });
    for (let left = total - have; left > 0; left -= BATCH) insertBatch(Math.min(BATCH, left));
    db.pragma("journal_mode = WAL");
    return { ids, prune: pruneLookup(db, plan.lastViewedAt) };
  } finally {
    db.close();
  }
}

/**
 * The prune step's lookup (lib/plans/prune.ts: plans last opened before the cutoff, 200 at a time), timed
 * on the same file when nothing is stale — what every server start and every 6 hours costs — and how
 * SQLite runs it (a full scan unless "lastViewedAt" has an index).
 */
function pruneLookup(db, lastViewedAt) {
  const cutoff = typeof lastViewedAt === "number" ? lastViewedAt - 180 * 86_400_000 : new Date(Date.parse(lastViewedAt) - 180 * 86_400_000).toISOString();
  const sql = 'SELECT "id" FROM "Plan" WHERE "lastViewedAt" < ? LIMIT 200';
  const plan = db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(cutoff).map((r) => r.detail).join("; ");
  const started = performance.now();
  db.prepare(sql).all(cutoff);
  return { ms: performance.now() - started, plan };
}

/** Moves everything in the file's write-ahead log into the file itself, so that copying the file copies it all. */
function settle(file) {
  const db = new Database(file);
  try {
    db.pragma("wal_checkpoint(TRUNCATE)");
  } finally {
    db.close();
  }
}

/** Measures and writes "## Scale"; returns one row per size. */
export async function runScale({ distDir, freePort }) {
  const loadAtStart = os.loadavg()[0];
  const { formatRatio, ratio, verdictText, whole } = figures;
  const dir = mkdtempSync(path.join(os.tmpdir(), "liftplan-scale-"));
  const port = await freePort();
  const sizes = [];
  try {
    // The app creates the schema on first use; one real plan is the template for every copy.
    const first = path.join(dir, "plans-0.db");
    let server = await startServer({ port, distDir, databaseUrl: `file:${first}` });
    try {
      await createPlan(server.base);
    } finally {
      await stopServer(server.child);
    }
    // One file per size, each grown from a copy of the one before, so both stay on disk and the sizes
    // can be measured in turn.
    const ids = [];
    let previous = first;
    for (const [index, size] of SIZES.entries()) {
      const file = path.join(dir, `plans-${index + 1}.db`);
      settle(previous);
      copyFileSync(previous, file);
      console.log(`scale: filling to ${whole(size)} plans…`);
      const started = performance.now();
      const filled = fillTo(file, size);
      for (const id of filled.ids) ids.push(id);
      sizes.push({ size, file, ids: [...ids], fillSeconds: (performance.now() - started) / 1000, bytes: statSync(file).size, prune: filled.prune, api: [], page: [] });
      previous = file;
    }
    // The sizes take turns, ROUNDS times, so a machine that speeds up or slows down during the run
    // weighs on both alike; each figure is the median of its rounds.
    for (let round = 1; round <= ROUNDS; round++) {
      for (const entry of sizes) {
        // Pruning off: its start-up pass would scan the table during the reads; it is timed on its own (above).
        server = await startServer({ port, distDir, databaseUrl: `file:${entry.file}`, env: { PLAN_RETENTION_DAYS: "0" } });
        try {
          const pick = () => entry.ids[Math.floor(Math.random() * entry.ids.length)];
          const en = { headers: { "accept-language": "en" } };
          console.log(`scale: round ${round}/${ROUNDS}, ${whole(entry.size)} plans, reads with ${CLIENTS} clients for ${SECONDS} s each…`);
          entry.api.push(await driveLoad({ clients: CLIENTS, seconds: SECONDS, request: () => [`${server.base}/api/plans/${pick()}`, en, 200] }));
          entry.page.push(await driveLoad({ clients: CLIENTS, seconds: SECONDS, request: () => [`${server.base}/en/p/${pick()}`, en, 200] }));
        } finally {
          await stopServer(server.child);
        }
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const rows = sizes.map(({ size, fillSeconds, bytes, prune, api, page }) => ({ size, fillSeconds, bytes, prune, api: combineRounds(api), page: combineRounds(page) }));
  const [small] = rows;
  const line = (r, key, label) => {
    const m = r[key];
    const base = small[key];
    const slow = ratio(base.perSecond, m.perSecond); // > 1: fewer reads per second than at 1k
    const p99 = ratio(m.p99, base.p99);
    const check = r === small ? "" : `${verdictText(slow, TARGET, "at most")} / ${verdictText(p99, TARGET, "at most")}`;
    return `| ${whole(r.size)} | ${label} | ${whole(m.perSecond)} | ${m.p50.toFixed(0)} | ${m.p99.toFixed(0)} | ${errorText(m)} | ${r === small ? "1.00× / 1.00×" : `${formatRatio(slow)} / ${formatRatio(p99)}`} | ${check} |`;
  };
  writeSection(
    "Scale",
    `Measured ${today()} with \`npm run bench -- --only=scale\` (\`tests/bench/scale.mjs\`), app at ${revision()}.

**Machine**: ${machineLine(loadAtStart)}.

**Method**: a fresh SQLite file; the production build (\`next start\`) creates the schema and one real plan through \`POST /api/plans\`; then, with the server stopped, that plan's rows (the plan and its snapshot) are copied with new random ids in the app's id format into the file with better-sqlite3, ${whole(BATCH)} plans per transaction. Each size has a file of its own (the larger grown from a copy of the smaller). The sizes then take turns, ${ROUNDS} rounds, so that a machine which speeds up or slows down during the run weighs on both alike: each time the server is started afresh on that size's file and ${CLIENTS} concurrent clients on 127.0.0.1 read plans chosen at random from all the copies (so reads spread over the whole table and its index, not one hot row), ${SECONDS} s per row after a warm-up (5 requests one at a time, then 2 s at full concurrency, not measured). Each figure is the median of its rounds (the rates of every round are listed below the table); errors are summed over the rounds. The page is asked for without \`Accept: text/html\`, so the plan-page cache is not involved: every read renders it. "Slower" is the 1k rate divided by this rate and this p99 divided by the 1k p99; target: both ≤ ${formatRatio(TARGET)} at 1M.

| plans stored | read | per second | p50 ms | p99 ms | errors | slower (rate / p99) | |
|---|---|---|---|---|---|---|---|
${rows.flatMap((r) => [line(r, "api", "`GET /api/plans/{id}`"), line(r, "page", "`GET /en/p/{id}`")]).join("\n")}

Reads per second in each round, in the order run: ${rows.map((r) => `${whole(r.size)} plans: API ${r.api.rounds.map(whole).join(", ")}; page ${r.page.rounds.map(whole).join(", ")}`).join(" — ")}.

Prune lookup (the query \`lib/plans/prune.ts\` runs at every server start and every 6 hours, which the reads above ran without: \`PLAN_RETENTION_DAYS=0\`), timed on the same file with nothing to prune: ${rows.map((r) => `${whole(r.size)} plans ${r.prune.ms.toFixed(1)} ms`).join("; ")}; SQLite's plan: \`${rows.at(-1).prune.plan}\`.

Filling: ${rows.map((r) => `${whole(r.size)} plans in ${r.fillSeconds.toFixed(1)} s (file ${whole(r.bytes / 2 ** 20)} MB)`).join("; ")}.`,
  );
  return rows;
}
