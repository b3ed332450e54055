// The end-to-end run: make sure a browser exists, build the app, start from an empty database file,
// then hand over to Playwright (which starts `next start` itself). Extra arguments go to Playwright.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync } from "node:fs";
import path from "node:path";

const distDir = process.env.E2E_DIST_DIR ?? ".next-e2e";
// Same default as tests/e2e/server-env.ts, which the Playwright config reads.
const dbFile = path.resolve(process.env.E2E_DATABASE_FILE ?? "tests/.tmp/e2e.db");
const SYSTEM_CHROMIUM = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

function run(cmd, args, env = {}) {
  const result = spawnSync(cmd, args, { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env } });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

function ensureBrowser() {
  if (process.env.CHROMIUM_PATH || SYSTEM_CHROMIUM.some((p) => existsSync(p))) return;
  // Playwright's own build, where someone has installed it, also counts.
  const own = spawnSync(process.execPath, ["-e", "console.log(require('playwright-core').chromium.executablePath())"], {
    encoding: "utf8",
  });
  if (own.status === 0 && existsSync(own.stdout.trim())) return;
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (isRoot && existsSync("/usr/bin/apt-get")) {
    console.log("No Chromium found: installing Debian's chromium package for the end-to-end tests…");
    run("apt-get", ["update", "-qq"]);
    run("apt-get", ["install", "-y", "-qq", "chromium"], { DEBIAN_FRONTEND: "noninteractive" });
    return;
  }
  console.error(
    "\nNo Chromium found for the end-to-end tests.\n" +
      "  Debian/Ubuntu: sudo apt-get install -y chromium\n" +
      "  elsewhere:     npx playwright install chromium   (or set CHROMIUM_PATH)\n",
  );
  process.exit(1);
}

ensureBrowser();
run("npx", ["next", "build"], { NEXT_DIST_DIR: distDir });
mkdirSync(path.dirname(dbFile), { recursive: true });
for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(dbFile + suffix, { force: true });
run("npx", ["playwright", "test", ...process.argv.slice(2)], { E2E_DIST_DIR: distDir });
