// The end-to-end run: make sure a browser exists, build the app, start from an empty database, then
// hand over to Playwright (which starts `next start` itself). Extra arguments go to Playwright, except:
//   --postgres    run on a fresh PostgreSQL database (TEST_DATABASE_URL's server) instead of SQLite;
//                 when no server answers, say so loudly and exit 0 (the SQLite run is the one that counts)
//   --skip-build  reuse the build a previous run in the same command made
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import pg from "pg";

const flags = new Set(process.argv.slice(2).filter((a) => a === "--postgres" || a === "--skip-build"));
const playwrightArgs = process.argv.slice(2).filter((a) => !flags.has(a));

const distDir = process.env.E2E_DIST_DIR ?? ".next-e2e";
// Same default as tests/e2e/server-env.ts, which the Playwright config reads.
const dbFile = path.resolve(process.env.E2E_DATABASE_FILE ?? "tests/.tmp/e2e.db");
const SYSTEM_CHROMIUM = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

function run(cmd, args, env = {}) {
  const result = spawnSync(cmd, args, { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env } });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/** Installs a Debian package when this runs as root where apt-get exists; whether it did. */
function aptInstall(pkg, message) {
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (!isRoot || !existsSync("/usr/bin/apt-get")) return false;
  console.log(message);
  run("apt-get", ["update", "-qq"]);
  run("apt-get", ["install", "-y", "-qq", pkg], { DEBIAN_FRONTEND: "noninteractive" });
  return true;
}

function ensureBrowser() {
  if (process.env.CHROMIUM_PATH || SYSTEM_CHROMIUM.some((p) => existsSync(p))) return;
  // Playwright's own build, where someone has installed it, also counts.
  const own = spawnSync(process.execPath, ["-e", "console.log(require('playwright-core').chromium.executablePath())"], {
    encoding: "utf8",
  });
  if (own.status === 0 && existsSync(own.stdout.trim())) return;
  if (aptInstall("chromium", "No Chromium found: installing Debian's chromium package for the end-to-end tests…")) return;
  console.error(
    "\nNo Chromium found for the end-to-end tests.\n" +
      "  Debian/Ubuntu: sudo apt-get install -y chromium\n" +
      "  elsewhere:     npx playwright install chromium   (or set CHROMIUM_PATH)\n",
  );
  process.exit(1);
}

/** A new, empty PostgreSQL database for this run; its URL, or null when no server answers. */
async function freshPostgres() {
  const admin = process.env.TEST_DATABASE_URL || "postgres://postgres@127.0.0.1:5432/postgres";
  const client = new pg.Client({ connectionString: admin, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
  } catch (error) {
    const line = "!".repeat(78);
    const where = (() => { try { const u = new URL(admin); return `${u.hostname}:${u.port || 5432}`; } catch { return "TEST_DATABASE_URL"; } })();
    console.log(`\n${line}\n!! End-to-end suite on PostgreSQL NOT RUN: no server at ${where} (${error.message}).\n!! Start one (Debian: apt-get install -y postgresql) or set TEST_DATABASE_URL.\n${line}\n`);
    return null;
  }
  const name = "liftplan_e2e";
  await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return url.toString();
}

/** The print test reads Chinese text back out of a PDF: Chromium needs a font with CJK glyphs for it. */
function ensureChineseFont() {
  const list = spawnSync("fc-list", [":lang=zh"], { encoding: "utf8" });
  if (list.status === 0 && list.stdout.trim()) return;
  if (aptInstall("fonts-noto-cjk", "No Chinese font found: installing Debian's fonts-noto-cjk for the print test…")) return;
  console.error("\nNo Chinese font found; the zh-CN print test will fail.\n  Debian/Ubuntu: sudo apt-get install -y fonts-noto-cjk\n");
}

ensureBrowser();
ensureChineseFont();
const env = { E2E_DIST_DIR: distDir };
if (flags.has("--postgres")) {
  const url = await freshPostgres();
  if (!url) process.exit(0);
  env.E2E_DATABASE_URL = url;
  console.log("End-to-end suite on PostgreSQL.");
} else {
  mkdirSync(path.dirname(dbFile), { recursive: true });
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(dbFile + suffix, { force: true });
}
if (!flags.has("--skip-build") || !existsSync(path.join(distDir, "BUILD_ID"))) {
  run("npx", ["next", "build"], { NEXT_DIST_DIR: distDir });
}
run("npx", ["playwright", "test", ...playwrightArgs], env);
