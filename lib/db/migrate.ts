// Applies the SQL migrations in prisma/migrations to a SQLite database, the way `prisma migrate deploy`
// would (its schema engine cannot be downloaded on every machine this app runs on). Each migration is
// recorded in Prisma's own `_prisma_migrations` table — same columns, same values: a v4 UUID id, the
// sha256 hex of the migration file as checksum, timestamps as epoch milliseconds (how Prisma's SQLite
// connector writes them), applied_steps_count 1 — so Prisma's CLI sees the same history.
//
// Safe when several processes start at once: everything happens in one IMMEDIATE transaction, so the
// first process takes the write lock and the others wait (busy_timeout), then find nothing left to do.
import { createHash, randomUUID } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type Database from "better-sqlite3";

export interface Migration {
  name: string; // folder name, e.g. 20261122000000_init
  sql: string;
  checksum: string;
}

export interface MigrationReport {
  applied: string[]; // names applied by this call, oldest first
}

/** Where the migrations live when the app runs from the project folder (next start, tests, scripts). */
export function defaultMigrationsDir(): string {
  return join(process.cwd(), "prisma", "migrations");
}

/** sha256 hex of the file's text, as Prisma computes it. */
export function migrationChecksum(sql: string): string {
  return createHash("sha256").update(sql, "utf8").digest("hex");
}

/** The migration folders in the order Prisma applies them (lexical: they start with a timestamp). */
export function readMigrations(dir: string): Migration[] {
  if (!existsSync(dir)) throw new Error(`Migrations folder not found: ${dir}`);
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, "migration.sql")))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: migrationChecksum(sql) };
    });
}

/** Prisma's own definition of its history table for SQLite. */
export const CREATE_MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    TEXT PRIMARY KEY NOT NULL,
    "checksum"              TEXT NOT NULL,
    "finished_at"           DATETIME,
    "migration_name"        TEXT NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        DATETIME,
    "started_at"            DATETIME NOT NULL DEFAULT current_timestamp,
    "applied_steps_count"   INTEGER UNSIGNED NOT NULL DEFAULT 0
)`;

export interface AppliedRow {
  migration_name: string;
  checksum: string;
  finished_at: unknown;
}

export class MigrationError extends Error {
  override name = "MigrationError";
}

/** Whether the history already holds this migration; throws when that history cannot be trusted. */
export function alreadyApplied(previous: AppliedRow | undefined, migration: Migration): boolean {
  if (!previous) return false;
  if (previous.finished_at === null) {
    throw new MigrationError(`Migration ${migration.name} failed earlier; resolve it before starting the app.`);
  }
  if (previous.checksum !== migration.checksum) {
    throw new MigrationError(`Migration ${migration.name} was edited after it was applied; add a new migration instead.`);
  }
  return true;
}

export function migrate(db: Database.Database, migrations: Migration[]): MigrationReport {
  const applied: string[] = [];
  // Prisma's SQLite migrations rebuild tables (create new, copy, drop old); with foreign keys enforced the
  // drop would cascade-delete child rows. PRAGMA foreign_keys is ignored inside a transaction, so switch
  // it off before BEGIN and check the keys ourselves before committing.
  const foreignKeys = db.pragma("foreign_keys", { simple: true });
  db.pragma("foreign_keys = OFF");
  db.exec("BEGIN IMMEDIATE");
  try {
    db.exec(CREATE_MIGRATIONS_TABLE);
    const rows = db
      .prepare(`SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" WHERE rolled_back_at IS NULL`)
      .all() as AppliedRow[];
    const done = new Map(rows.map((row) => [row.migration_name, row]));
    const record = db.prepare(
      `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, logs, rolled_back_at, started_at, applied_steps_count)
       VALUES (?, ?, ?, ?, NULL, NULL, ?, 1)`,
    );
    for (const migration of migrations) {
      if (alreadyApplied(done.get(migration.name), migration)) continue;
      const startedAt = Date.now();
      db.exec(migration.sql);
      record.run(randomUUID(), migration.checksum, Date.now(), migration.name, startedAt);
      applied.push(migration.name);
    }
    if (applied.length > 0 && db.prepare("PRAGMA foreign_key_check").all().length > 0) {
      throw new MigrationError("Migrations left rows that break a foreign key; nothing was applied.");
    }
    db.exec("COMMIT");
  } catch (error) {
    if (db.inTransaction) db.exec("ROLLBACK");
    throw error;
  } finally {
    db.pragma(`foreign_keys = ${foreignKeys ? "ON" : "OFF"}`);
  }
  return { applied };
}
