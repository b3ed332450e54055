// Builds and starts the production app (`next start`), reached on 127.0.0.1, for the load test and the benchmarks.
// Plain Node, no dependencies beyond the app's own.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";

export const HOST = "127.0.0.1";

export const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

/**
 * Runs `next build` into `distDir` when it holds no build yet (or always, with `force`). Next adds the
 * build folder's type paths to tsconfig.json's "include"; when that is all that changed, the file is put
 * back as it was, so a test build leaves no edit behind.
 */
export function ensureBuild(distDir, { force = false } = {}) {
  if (!force && existsSync(join(distDir, "BUILD_ID"))) return;
  console.log(`Building the app into ${distDir} (next build)…`);
  const tsconfig = "tsconfig.json";
  const before = existsSync(tsconfig) ? readFileSync(tsconfig, "utf8") : undefined;
  const build = spawnSync("npx", ["next", "build"], { stdio: "inherit", env: { ...process.env, NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: "1" } });
  if (before !== undefined && onlyAddedBuildTypes(before, readFileSync(tsconfig, "utf8"), distDir)) writeFileSync(tsconfig, before);
  if (build.status !== 0) throw new Error("next build failed");
}

function onlyAddedBuildTypes(before, after, distDir) {
  if (before === after) return false;
  try {
    const [a, b] = [JSON.parse(before), JSON.parse(after)];
    const ours = (entry) => entry.startsWith(`${distDir.replace(/^\.\//, "")}/`);
    const withoutOurs = { ...b, include: (b.include ?? []).filter((entry) => !ours(entry) || (a.include ?? []).includes(entry)) };
    return JSON.stringify(withoutOurs) === JSON.stringify(a);
  } catch {
    return false; // not plain JSON (comments): leave it alone
  }
}

/** A port in [from, to] that nothing listens on and this process has not handed out yet. */
export function portAllocator(from, to) {
  const taken = new Set();
  return async function freePort() {
    for (let port = from; port <= to; port++) {
      if (taken.has(port)) continue;
      const free = await new Promise((done) => {
        const probe = createServer().once("error", () => done(false)).once("listening", () => probe.close(() => done(true)));
        probe.listen(port, HOST);
      });
      if (free) {
        taken.add(port);
        return port;
      }
    }
    throw new Error(`no free port in ${from}–${to}`);
  };
}

/**
 * Starts `next start` in its own process group and waits until `readyPath` answers 200.
 * `cwd` is the app's folder (the project by default); `env` is added to the process's environment.
 */
export async function startServer({ port, distDir, databaseUrl, cwd = process.cwd(), env = {}, readyPath = "/api/schema" }) {
  // No -H: bound as `npm start` binds it, which is what is measured. (Started on a loopback address,
  // Next would route every plan page's rewrite to the cache back through itself over HTTP: proxy.ts.)
  const child = spawn(process.execPath, [join(cwd, "node_modules/next/dist/bin/next"), "start", "-p", String(port)], {
    cwd,
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      ...(distDir ? { NEXT_DIST_DIR: distDir } : {}),
      ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
      RATE_LIMIT_PLANS_PER_MINUTE: "0", // measuring throughput, not the limit
      PUBLIC_ORIGIN: `http://${HOST}:${port}`,
      ...env,
    },
    stdio: ["ignore", "ignore", "pipe"],
    detached: true, // its own process group, so SIGKILL reaches every process of the server
  });
  let stderr = "";
  child.stderr.on("data", (chunk) => (stderr = (stderr + chunk).slice(-4000)));
  const base = `http://${HOST}:${port}`;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode}): ${stderr}`);
    try {
      const response = await fetch(`${base}${readyPath}`, { signal: AbortSignal.timeout(2000) });
      await response.arrayBuffer();
      if (response.ok) return { child, base };
    } catch {
      // not up yet
    }
    await sleep(200);
  }
  kill(child);
  throw new Error(`server did not answer within 60 s: ${stderr}`);
}

/** SIGKILL to the server's whole process group. */
export function kill(child) {
  try {
    process.kill(-child.pid, "SIGKILL");
  } catch {
    // already gone
  }
}

/** Stops a server and waits until it has exited (so its port and database file are free). */
export async function stopServer(child) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((done) => child.once("exit", done));
  kill(child);
  await Promise.race([exited, sleep(10_000)]);
}
