// Generates the Prisma clients without network access: lib/db/generated from prisma/schema.prisma (SQLite)
// and lib/db/generated-pg from prisma/postgresql/schema.prisma. Prisma 7 compiles queries per provider, so
// one client cannot serve both databases; lib/db picks one by the DATABASE_URL scheme at run time.
//
// `prisma generate` only checks that a schema engine binary exists; it never runs it. Without one it tries
// to download it, which fails offline. So we point PRISMA_SCHEMA_ENGINE_BINARY at an executable that is
// always there — the running node binary — unless the caller already set a real engine.
// Plain JavaScript on purpose: it must run straight after `npm ci`, before anything is compiled.
//
// Usage: node prisma/generate-client.mjs [--if-available]
//   --if-available  (postinstall) skip quietly when the Prisma CLI is not installed, e.g. `npm ci --omit=dev`;
//                   the client is compiled into the Next build, so a production install does not need it.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const require = createRequire(import.meta.url);
const optional = process.argv.includes("--if-available");

let cli;
try {
  cli = join(dirname(require.resolve("prisma/package.json")), "build", "index.js");
} catch {
  if (optional) {
    console.log("prisma CLI not installed; skipping client generation.");
    process.exit(0);
  }
  console.error("The prisma CLI is not installed. Run `npm ci` (with dev dependencies) first.");
  process.exit(1);
}

const env = { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY || process.execPath };
for (const schema of ["prisma/schema.prisma", "prisma/postgresql/schema.prisma"]) {
  const run = spawnSync(process.execPath, [cli, "generate", "--schema", schema], { stdio: "inherit", env });
  if (run.status !== 0) process.exit(run.status ?? 1);
}
