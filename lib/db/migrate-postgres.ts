// Applies prisma/postgresql/migrations to a PostgreSQL database the way `prisma migrate deploy` would, and
// records each one in Prisma's `_prisma_migrations` table with Prisma's own column types (timestamptz
// timestamps, a v4 UUID id, the sha256 hex checksum, applied_steps_count 1).
//
// Several app instances may start at once against one database: the whole run holds a session advisory
// lock — the same key Prisma's migrate engine takes — so exactly one instance migrates while the others
// wait, then find nothing left to do. Each migration runs in its own transaction (PostgreSQL DDL is
// transactional), so a failing one leaves no half-applied schema behind.
import { join } from "node:path";
import { randomUUID } from "node:crypto";
import type { ClientBase } from "pg";
import { alreadyApplied, type AppliedRow, type Migration, type MigrationReport } from "./migrate";

/** Prisma's migrate advisory lock key: our runner and `prisma migrate deploy` exclude each other. */
export const MIGRATION_LOCK_KEY = 72707369;

export function postgresMigrationsDir(): string {
  return join(/*turbopackIgnore: true*/ process.cwd(), "prisma", "postgresql", "migrations");
}

/** Prisma's own definition of its history table for PostgreSQL. */
export const CREATE_PG_MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

export async function migratePostgres(client: ClientBase, migrations: Migration[]): Promise<MigrationReport> {
  const applied: string[] = [];
  await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
  try {
    await client.query(CREATE_PG_MIGRATIONS_TABLE);
    const { rows } = await client.query<AppliedRow>(
      `SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" WHERE rolled_back_at IS NULL`,
    );
    const done = new Map(rows.map((row) => [row.migration_name, row]));
    for (const migration of migrations) {
      if (alreadyApplied(done.get(migration.name), migration)) continue;
      const startedAt = new Date();
      await client.query("BEGIN");
      try {
        await client.query(migration.sql);
        await client.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, logs, rolled_back_at, started_at, applied_steps_count)
           VALUES ($1, $2, now(), $3, NULL, NULL, $4, 1)`,
          [randomUUID(), migration.checksum, migration.name, startedAt],
        );
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        throw error;
      }
      applied.push(migration.name);
    }
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]).catch(() => undefined);
  }
  return { applied };
}
