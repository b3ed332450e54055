// The Prisma client, one per process, created on first use: the database folder is created and the
// migrations applied before the first query, so `next start` on an empty disk just works.
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "./generated/client";
import { databaseTarget } from "./config";
import { defaultMigrationsDir, migrate, readMigrations } from "./migrate";
import { connectPostgres } from "./postgres";
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

/**
 * A connection of its own, outside the per-process cache, as another app instance would have (tests,
 * scripts). The caller closes it with $disconnect().
 */
export function connectDatabase(): Promise<Db> {
  return connect();
}

// Writes queue behind one another (on SQLite's single connection); under a burst a transaction may wait
// longer than Prisma's 2 s default before it starts.
const TRANSACTION_OPTIONS = { maxWait: 10_000, timeout: 10_000 };

async function connect(): Promise<Db> {
  const target = databaseTarget();
  if (target.kind === "postgres") return connectPostgres(target.url, TRANSACTION_OPTIONS);
  mkdirSync(dirname(target.file), { recursive: true });
  const raw = openSqlite(target.file);
  try {
    migrate(raw, readMigrations(defaultMigrationsDir()));
  } finally {
    raw.close();
  }
  const adapter = new PrismaBetterSqlite3({ url: `file:${target.file}`, timeout: SQLITE_BUSY_TIMEOUT_MS });
  const db = new PrismaClient({ adapter, transactionOptions: TRANSACTION_OPTIONS });
  // Per connection, so set on Prisma's own: cascade deletes rely on it; NORMAL is durable enough in WAL mode.
  await db.$executeRawUnsafe("PRAGMA foreign_keys = ON");
  await db.$executeRawUnsafe("PRAGMA synchronous = NORMAL");
  return db;
}
