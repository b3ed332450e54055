// Generates the Prisma client (lib/db/generated) without network access.
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
const run = spawnSync(process.execPath, [cli, "generate"], { stdio: "inherit", env });
process.exit(run.status ?? 1);
