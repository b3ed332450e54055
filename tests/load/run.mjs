// npm run test:load — load and crash test against the built app (`next start`) on loopback.
//
//  1. Load: N concurrent clients create plans and read them back for a bounded time; every plan the
//     server acknowledged (201) is recorded with a hash of its profile, then checked: readable, unchanged.
//  2. Crash: the same load, the server killed with SIGKILL in the middle, the database file checked with
//     PRAGMA integrity_check, the server restarted on the same file, and every acknowledged plan checked.
// Results go to stdout and to docs/benchmarks.md, section "Load and crash" (only that section is replaced).
//
// Settings (environment): LOAD_SECONDS (20), LOAD_CLIENTS (16), LOAD_READS_PER_WRITE (2),
// LOAD_DIST_DIR (.next-load; built with `next build` when missing), LOAD_SKIP_DOCS=1 to leave the docs alone.
// LOAD_DATABASE_URL=postgres://… runs on PostgreSQL instead: a fresh database on that server, LOAD_INSTANCES
// (default 2) app instances sharing it, clients spread over them and reading plans through any instance;
// the crash kills one instance. (SQLite: one instance, one file.)
// Ports 3600–3699 on 127.0.0.1 only. Plain Node, no dependencies beyond the app's own.
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { ensureBuild, kill, portAllocator, sleep, startServer as startApp } from "./app-server.mjs";
import { randomProfile } from "./random-profile.mjs";

const SECONDS = bounded(process.env.LOAD_SECONDS, 20, 1, 600);
const CLIENTS = bounded(process.env.LOAD_CLIENTS, 16, 1, 256);
const READS_PER_WRITE = bounded(process.env.LOAD_READS_PER_WRITE, 2, 0, 20);
const DIST_DIR = process.env.LOAD_DIST_DIR || ".next-load";
const REQUEST_TIMEOUT_MS = 15_000;
const PG_ADMIN_URL = /^postgres(ql)?:\/\//i.test(process.env.LOAD_DATABASE_URL ?? "") ? process.env.LOAD_DATABASE_URL : undefined;
const INSTANCES = PG_ADMIN_URL ? bounded(process.env.LOAD_INSTANCES, 2, 1, 8) : 1;
const KIND = PG_ADMIN_URL ? "PostgreSQL" : "SQLite";

function bounded(value, fallback, min, max) {
  const n = Number(value);
  return Number.isFinite(n) && n >= min && n <= max ? Math.floor(n) : fallback;
}

// ---- the app (tests/load/app-server.mjs)
const freePort = portAllocator(3600, 3699);
const startServer = (databaseUrl, port) => startApp({ port, distDir: DIST_DIR, databaseUrl });

// ---- the clients
/** Key order does not matter to JSON; hash a canonical form so the server's order cannot cause a false alarm. */
function canonical(value) {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object") {
    return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`).join(",")}}`;
  }
  return JSON.stringify(value);
}
const profileHash = (profile) => createHash("sha256").update(canonical(profile)).digest("hex");

function newStats() {
  return { creates: [], reads: [], errors: 0, errorKinds: {}, requests: 0 };
}

function noteError(stats, kind) {
  stats.errors++;
  stats.errorKinds[kind] = (stats.errorKinds[kind] ?? 0) + 1;
}

/**
 * Runs the clients until `stop()` returns true; every 201 goes into `acknowledged`. Client i writes through
 * instance i mod n; reads go to any instance, so a plan is often read through another than the one that
 * stored it.
 */
async function drive(bases, acknowledged, stats, stop) {
  let counter = 0;
  const client = async (_, index) => {
    const base = bases[index % bases.length];
    while (!stop()) {
      const profile = randomProfile(counter++);
      const started = performance.now();
      stats.requests++;
      try {
        const response = await fetch(`${base}/api/plans`, {
          method: "POST",
          headers: { "content-type": "application/json", "accept-language": "en" },
          body: JSON.stringify(profile),
          signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
        });
        const body = await response.json();
        if (response.status === 201) {
          stats.creates.push(performance.now() - started);
          acknowledged.push({ id: body.id, editToken: body.editToken, sha: profileHash(profile) });
        } else noteError(stats, `create ${response.status}`);
      } catch (error) {
        noteError(stats, `create ${error?.name ?? "error"}`);
        if (stop()) break;
        await sleep(50);
        continue;
      }
      for (let i = 0; i < READS_PER_WRITE && !stop() && acknowledged.length > 0; i++) {
        const plan = acknowledged[Math.floor(Math.random() * acknowledged.length)];
        const t = performance.now();
        stats.requests++;
        try {
          const reader = bases[Math.floor(Math.random() * bases.length)];
          const response = await fetch(`${reader}/api/plans/${plan.id}`, { signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
          await response.arrayBuffer();
          if (response.status === 200) stats.reads.push(performance.now() - t);
          else noteError(stats, `read ${response.status}`);
        } catch (error) {
          noteError(stats, `read ${error?.name ?? "error"}`);
        }
      }
    }
  };
  await Promise.all(Array.from({ length: CLIENTS }, client));
}

/** Reads every acknowledged plan back; counts those readable with the very profile that was sent. */
async function verify(bases, acknowledged) {
  let readable = 0;
  const problems = [];
  for (let i = 0; i < acknowledged.length; i += 16) {
    await Promise.all(
      acknowledged.slice(i, i + 16).map(async (plan, j) => {
        try {
          const base = bases[(i + j) % bases.length];
          const response = await fetch(`${base}/api/plans/${plan.id}`, { signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
          if (response.status !== 200) return problems.push(`${plan.id}: ${response.status}`);
          const body = await response.json();
          if (profileHash(body.profile) !== plan.sha) return problems.push(`${plan.id}: profile changed`);
          readable++;
        } catch (error) {
          problems.push(`${plan.id}: ${error?.name ?? "error"}`);
        }
      }),
    );
  }
  return { readable, problems };
}

function percentile(values, p) {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function summary(stats, seconds) {
  const all = [...stats.creates, ...stats.reads];
  return {
    requests: stats.requests,
    errors: stats.errors,
    errorKinds: stats.errorKinds,
    rps: Math.round(stats.requests / seconds),
    createsOk: stats.creates.length,
    readsOk: stats.reads.length,
    p50: Math.round(percentile(all, 50)),
    p99: Math.round(percentile(all, 99)),
    createP50: Math.round(percentile(stats.creates, 50)),
    createP99: Math.round(percentile(stats.creates, 99)),
    readP50: Math.round(percentile(stats.reads, 50)),
    readP99: Math.round(percentile(stats.reads, 99)),
  };
}

/** SQLite: PRAGMA integrity_check and the plan count, on the file the killed server left. */
async function integrityCheck(database) {
  if (database.kind === "postgres") {
    // PostgreSQL recovers from its write-ahead log itself; a killed client process cannot corrupt it.
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      const { rows } = await client.query('SELECT COUNT(*)::int AS n FROM "Plan"');
      return { result: "n/a (PostgreSQL server not killed)", plans: rows[0].n };
    } finally {
      await client.end();
    }
  }
  const db = new Database(database.file, { fileMustExist: true });
  try {
    const result = db.pragma("integrity_check", { simple: true });
    const plans = db.prepare('SELECT COUNT(*) AS n FROM "Plan"').get().n;
    return { result, plans };
  } finally {
    db.close();
  }
}

/** A fresh database for one run: a file in `dir`, or a new database on the PostgreSQL server. */
async function freshDatabase(dir, name) {
  if (!PG_ADMIN_URL) {
    const file = join(dir, `${name}.db`);
    return { kind: "sqlite", file, url: `file:${file}`, drop: async () => undefined };
  }
  const database = `liftplan_load_${name}_${process.pid}`;
  const admin = async (sql) => {
    const client = new pg.Client({ connectionString: PG_ADMIN_URL });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await admin(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
  await admin(`CREATE DATABASE "${database}"`);
  const url = new URL(PG_ADMIN_URL);
  url.pathname = `/${database}`;
  return { kind: "postgres", url: url.toString(), drop: () => admin(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`) };
}

async function startInstances(database) {
  const servers = [];
  for (let i = 0; i < INSTANCES; i++) servers.push(await startServer(database.url, await freePort()));
  // Warm-up, not measured: the first requests load the route code and open the database.
  for (const { base } of servers) {
    const response = await fetch(`${base}/api/plans`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(randomProfile(1)),
      signal: AbortSignal.timeout(60_000),
    });
    const { id } = await response.json();
    await (await fetch(`${base}/api/plans/${id}`, { signal: AbortSignal.timeout(60_000) })).arrayBuffer();
  }
  return servers;
}

// ---- the two runs
async function loadRun(dir) {
  const database = await freshDatabase(dir, "load");
  const servers = await startInstances(database);
  try {
    const bases = servers.map((s) => s.base);
    const acknowledged = [];
    const stats = newStats();
    const started = performance.now();
    const deadline = Date.now() + SECONDS * 1000;
    await drive(bases, acknowledged, stats, () => Date.now() >= deadline);
    const seconds = (performance.now() - started) / 1000;
    const check = await verify(bases, acknowledged);
    return { ...summary(stats, seconds), seconds: Math.round(seconds * 10) / 10, acknowledged: acknowledged.length, ...check };
  } finally {
    for (const s of servers) kill(s.child);
    await database.drop();
  }
}

async function crashRun(dir) {
  const database = await freshDatabase(dir, "crash");
  const servers = await startInstances(database);
  const victim = servers[0];
  const port = Number(new URL(victim.base).port);
  const acknowledged = [];
  const stats = newStats();
  const killAfterMs = Math.max(1000, (SECONDS * 1000) / 2);
  let killed = false;
  let killedAt = 0;
  const started = performance.now();
  const killer = (async () => {
    await sleep(killAfterMs);
    // Something must be at stake: wait (bounded) for acknowledged writes if none came yet.
    for (let waited = 0; acknowledged.length === 0 && waited < 60_000; waited += 100) await sleep(100);
    killedAt = performance.now() - started;
    kill(victim.child); // SIGKILL mid-load: no shutdown hooks, no checkpoint, requests in flight cut off
    killed = true;
  })();
  try {
    // The clients stop shortly after the kill: what was acknowledged before it is what must survive.
    await drive(servers.map((s) => s.base), acknowledged, stats, () => killed);
    await killer;
    const child = victim.child;
    await new Promise((done) => (child.exitCode !== null || child.signalCode !== null ? done() : child.once("exit", done)));
    const seconds = (performance.now() - started) / 1000;

    const integrity = await integrityCheck(database);
    servers[0] = await startServer(database.url, port); // restarted on the same database
    const check = await verify(servers.map((s) => s.base), acknowledged);
    return {
      ...summary(stats, seconds),
      seconds: Math.round(seconds * 10) / 10,
      killedAfterSeconds: Math.round(killedAt / 100) / 10,
      acknowledged: acknowledged.length,
      storedAfterCrash: integrity.plans - INSTANCES, // not counting the warm-up plans
      integrity: integrity.result,
      ...check,
    };
  } finally {
    for (const s of servers) kill(s.child);
    await database.drop();
  }
}

// ---- report
function report(load, crash) {
  const date = new Date().toISOString().slice(0, 10);
  const row = (name, r) =>
    `| ${name} | ${r.seconds} s | ${r.requests} | ${r.errors} | ${r.rps} | ${r.p50} / ${r.p99} ms | ${r.createP50} / ${r.createP99} ms | ${r.readP50} / ${r.readP99} ms | ${r.acknowledged} | ${r.readable} |`;
  const kinds = (r) => Object.entries(r.errorKinds).map(([k, n]) => `${k}: ${n}`).join(", ") || "none";
  const setup = PG_ADMIN_URL
    ? `${INSTANCES} instances of the production build (\`next start\`) sharing one PostgreSQL database (local server),`
    : "the production build (`next start`) on SQLite (WAL),";
  return `### ${KIND}

\`${PG_ADMIN_URL ? "LOAD_DATABASE_URL=postgres://… " : ""}npm run test:load\` (tests/load/run.mjs), ${date}: ${setup}
${CLIENTS} concurrent clients on 127.0.0.1, each creating a plan and then reading ${READS_PER_WRITE} random acknowledged
plans, in a loop; rate limit off. Every plan the server acknowledged (201) was recorded with a hash of its
profile and read back afterwards. Machine: ${process.platform}, ${availableParallelism()} cores, Node ${process.versions.node},
load average ${LOAD_AT_START} when the run started (other work on a shared machine slows every figure here).

| run | time | requests | errors | req/s | p50 / p99 (all) | create p50 / p99 | read p50 / p99 | acknowledged | readable and unchanged |
|---|---|---|---|---|---|---|---|---|---|
${row("load", load)}
${row("crash", crash)}

- Load errors: ${kinds(load)}.
- Crash: ${PG_ADMIN_URL ? "one of the app instances" : "the server"} was killed with SIGKILL after ${crash.killedAfterSeconds} s of load.
  Errors in that row are requests cut off by the kill (${kinds(crash)}); none of them had been acknowledged.
  Integrity check after the kill: **${crash.integrity}**. The database held ${crash.storedAfterCrash} plans for ${crash.acknowledged}
  acknowledged (a plan whose 201 was lost in the kill may be stored without having been acknowledged).
  Restarted on the same database: **${crash.readable} of ${crash.acknowledged}** acknowledged plans readable and unchanged${crash.problems.length ? `; problems: ${crash.problems.slice(0, 5).join("; ")}` : ""}.
`;
}

const SECTION = "## Load and crash";
const INTRO = `${SECTION}

Written by \`npm run test:load\`; each database's subsection is replaced by its latest run.
`;

/** Replaces this run's subsection (### SQLite / ### PostgreSQL) inside "## Load and crash", nothing else. */
function writeSection(subsection) {
  const file = resolve("docs/benchmarks.md");
  // Read-modify-write of this section only: others keep their own sections in the same file.
  const current = existsSync(file) ? readFileSync(file, "utf8") : "# Benchmarks\n";
  const start = current.indexOf(SECTION);
  const end = start === -1 ? -1 : current.indexOf("\n## ", start + 1);
  const before = start === -1 ? `${current.trimEnd()}\n\n` : current.slice(0, start);
  const after = start === -1 || end === -1 ? "" : current.slice(end + 1);
  const ours = start === -1 ? "" : current.slice(start, end === -1 ? undefined : end + 1);
  // The subsections already there, by heading; ours replaces the one of the same database.
  const parts = new Map();
  for (const chunk of ours.split(/\n(?=### )/).slice(1)) parts.set(chunk.split("\n", 1)[0], chunk.trimEnd());
  parts.set(`### ${KIND}`, subsection.trimEnd());
  const body = ["### SQLite", "### PostgreSQL"].filter((h) => parts.has(h)).map((h) => parts.get(h)).join("\n\n");
  const next = `${before}${INTRO}\n${body}\n${after ? `\n${after}` : ""}`;
  writeFileSync(file, next.trimEnd() + "\n");
}

// ---- main
const LOAD_AT_START = loadavg()[0].toFixed(1);
ensureBuild(DIST_DIR);
const dir = mkdtempSync(join(tmpdir(), "liftplan-load-"));
let failed = false;
try {
  console.log(`load (${KIND}, ${INSTANCES} instance${INSTANCES > 1 ? "s" : ""}): ${CLIENTS} clients for ${SECONDS} s…`);
  const load = await loadRun(dir);
  console.log("load:", JSON.stringify({ ...load, problems: load.problems.length }));
  console.log(`crash: ${CLIENTS} clients, SIGKILL after ${Math.max(1, SECONDS / 2)} s…`);
  const crash = await crashRun(dir);
  console.log("crash:", JSON.stringify({ ...crash, problems: crash.problems.length }));
  if (process.env.LOAD_SKIP_DOCS !== "1") writeSection(report(load, crash));

  const lost = (r) => r.acknowledged - r.readable;
  console.log(`load: ${load.acknowledged} acknowledged, ${load.readable} readable and unchanged, ${load.errors} errors`);
  console.log(`crash: ${crash.acknowledged} acknowledged, ${crash.readable} readable and unchanged after restart, integrity_check: ${crash.integrity}`);
  if (load.acknowledged === 0 || lost(load) > 0 || load.errors > 0) failed = true;
  if (crash.acknowledged === 0 || lost(crash) > 0 || !(crash.integrity === "ok" || crash.integrity.startsWith("n/a"))) failed = true;
  for (const p of [...load.problems, ...crash.problems].slice(0, 10)) console.log("  problem:", p);
} catch (error) {
  console.error(error);
  failed = true;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
console.log(failed ? "test:load FAILED" : "test:load passed");
process.exit(failed ? 1 : 0);
