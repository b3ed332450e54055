// Where the end-to-end server runs and keeps its data; shared by the config and global setup.
import path from "node:path";

export const E2E_PORT = Number(process.env.E2E_PORT ?? 3123);
export const E2E_DIST_DIR = process.env.E2E_DIST_DIR ?? ".next-e2e";
export const E2E_DATABASE_FILE = process.env.E2E_DATABASE_FILE ?? path.resolve("tests/.tmp/e2e.db");
// A PostgreSQL URL here runs the same suite on PostgreSQL (see run.mjs --postgres).
export const E2E_DATABASE_URL = process.env.E2E_DATABASE_URL ?? `file:${E2E_DATABASE_FILE}`;
