// The Prisma client, one per process, created on first use: the database folder is created and the
// migrations applied before the first query, so `next start` on an empty disk just works.
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "./generated/client";
import { databaseTarget, DatabaseConfigError } from "./config";
import { defaultMigrationsDir, migrate, readMigrations } from "./migrate";
import { openSqlite, SQLITE_BUSY_TIMEOUT_MS } from "./sqlite";

export type Db = PrismaClient;

// Kept on globalThis so that Next's dev server, which re-evaluates modules on every edit, reuses one
// connection instead of opening a new one (and migrating again) each time.
const cache = globalThis as typeof globalThis & { __liftplanDb?: Promise<Db> };

export function getDb(): Promise<Db> {
  cache.__liftplanDb ??= connect().catch((error: unknown) => {
    cache.__liftplanDb = undefined; // let the next request try again, e.g. after a full disk is freed
    throw error;
  });
  return cache.__liftplanDb;
}

/** Closes the connection (tests, scripts); the next getDb() opens a fresh one. */
export async function closeDb(): Promise<void> {
  const pending = cache.__liftplanDb;
  cache.__liftplanDb = undefined;
  if (pending) await (await pending.catch(() => null))?.$disconnect();
}

async function connect(): Promise<Db> {
  const target = databaseTarget();
  if (target.kind === "postgres") {
    throw new DatabaseConfigError("PostgreSQL is not supported yet; use a file: DATABASE_URL (SQLite) for now.");
  }
  mkdirSync(dirname(target.file), { recursive: true });
  const raw = openSqlite(target.file);
  try {
    migrate(raw, readMigrations(defaultMigrationsDir()));
  } finally {
    raw.close();
  }
  const adapter = new PrismaBetterSqlite3({ url: `file:${target.file}`, timeout: SQLITE_BUSY_TIMEOUT_MS });
  // Writes queue behind one another on the single connection; under a burst a transaction may wait
  // longer than Prisma's 2 s default before it starts.
  const db = new PrismaClient({ adapter, transactionOptions: { maxWait: 10_000, timeout: 10_000 } });
  // Per connection, so set on Prisma's own: cascade deletes rely on it; NORMAL is durable enough in WAL mode.
  await db.$executeRawUnsafe("PRAGMA foreign_keys = ON");
  await db.$executeRawUnsafe("PRAGMA synchronous = NORMAL");
  return db;
}
