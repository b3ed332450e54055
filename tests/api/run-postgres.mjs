// npm run test:pg — the API suite (tests/api) against a real PostgreSQL server.
// Server: TEST_DATABASE_URL, else postgres://postgres@127.0.0.1:5432/postgres. Each test file creates and
// drops its own database there, so the role needs CREATEDB. When no server answers, this says so loudly
// and exits 0: the SQLite suites still ran, and the PostgreSQL one is reported as not run, never as passed.
import { spawnSync } from "node:child_process";
import pg from "pg";

const url = process.env.TEST_DATABASE_URL || "postgres://postgres@127.0.0.1:5432/postgres";
const shown = (() => {
  try {
    const u = new URL(url);
    return `${u.hostname}:${u.port || 5432}`; // no user or password in the output
  } catch {
    return "an unparsable TEST_DATABASE_URL";
  }
})();

async function reachable() {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    const { rows } = await client.query("SHOW server_version");
    return rows[0]?.server_version ?? "?";
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  } finally {
    await client.end().catch(() => undefined);
  }
}

const version = await reachable();
if (typeof version !== "string") {
  const line = "!".repeat(78);
  console.log(`\n${line}\n!! PostgreSQL suite NOT RUN: no server at ${shown} (${version.error}).\n!! Start one (Debian: apt-get install -y postgresql) or set TEST_DATABASE_URL.\n${line}\n`);
  process.exit(0);
}

console.log(`PostgreSQL ${version} at ${shown}: running the API suite on it.`);
const run = spawnSync(process.execPath, ["node_modules/vitest/vitest.mjs", "run", "tests/api", ...process.argv.slice(2)], {
  stdio: "inherit",
  env: { ...process.env, TEST_DATABASE_URL: url, FUZZ_SCALE: process.env.FUZZ_SCALE || "0.5" },
});
process.exit(run.status ?? 1);
