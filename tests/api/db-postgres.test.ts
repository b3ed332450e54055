// The PostgreSQL migration runner. Runs under `npm run test:pg` (TEST_DATABASE_URL set); skipped otherwise.
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { CREATE_PG_MIGRATIONS_TABLE, defaultMigrationsDir, migratePostgres, postgresMigrationsDir, readMigrations } from "@/lib/db";
import { ON_POSTGRES, postgresAdmin, postgresUrl } from "./helpers";

const created: string[] = [];
let n = 0;
async function freshDatabase(): Promise<string> {
  const name = `liftplan_t_migrate_${process.pid}_${++n}`;
  await postgresAdmin(`CREATE DATABASE "${name}"`);
  created.push(name);
  return postgresUrl(name);
}
async function connect(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return client;
}
afterAll(async () => {
  for (const name of created) await postgresAdmin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
});

describe.skipIf(!ON_POSTGRES)("lib/db migratePostgres", () => {
  const migrations = readMigrations(postgresMigrationsDir());

  it("has the same migrations as SQLite, by name", () => {
    expect(migrations.map((m) => m.name)).toEqual(readMigrations(defaultMigrationsDir()).map((m) => m.name));
    expect(migrations.map((m) => m.name)).toContain("20261122170000_plan_last_viewed_index");
  });

  it("applies them once and records them with Prisma's PostgreSQL columns", async () => {
    const client = await connect(await freshDatabase());
    try {
      const before = new Date(Date.now() - 1000);
      expect(await migratePostgres(client, migrations)).toEqual({ applied: migrations.map((m) => m.name) });
      const tables = await client.query("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename");
      expect(tables.rows.map((r) => r.tablename)).toEqual(["Plan", "RateLimit", "Setting", "Snapshot", "_prisma_migrations"]);
      const columns = await client.query(
        "SELECT column_name, data_type FROM information_schema.columns WHERE table_name = '_prisma_migrations' ORDER BY ordinal_position",
      );
      expect(columns.rows.map((c) => `${c.column_name}:${c.data_type}`)).toEqual([
        "id:character varying",
        "checksum:character varying",
        "finished_at:timestamp with time zone",
        "migration_name:character varying",
        "logs:text",
        "rolled_back_at:timestamp with time zone",
        "started_at:timestamp with time zone",
        "applied_steps_count:integer",
      ]);
      const rows = (await client.query('SELECT * FROM "_prisma_migrations" ORDER BY migration_name')).rows;
      expect(rows).toHaveLength(migrations.length);
      rows.forEach((row, i) => {
        expect(row.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
        expect(row.checksum).toBe(migrations[i]!.checksum);
        expect(row.applied_steps_count).toBe(1);
        expect(row.rolled_back_at).toBeNull();
        expect(row.started_at.getTime()).toBeGreaterThanOrEqual(before.getTime());
        expect(row.finished_at.getTime()).toBeGreaterThanOrEqual(row.started_at.getTime() - 5);
      });
      expect(await migratePostgres(client, migrations)).toEqual({ applied: [] });
    } finally {
      await client.end();
    }
  });

  it("several instances starting at once: one migrates, the others wait on the advisory lock and find it done", async () => {
    const url = await freshDatabase();
    const clients = await Promise.all(Array.from({ length: 5 }, () => connect(url)));
    try {
      const reports = await Promise.all(clients.map((c) => migratePostgres(c, migrations)));
      expect(reports.flatMap((r) => r.applied).sort()).toEqual(migrations.map((m) => m.name));
      expect(reports.filter((r) => r.applied.length > 0)).toHaveLength(1);
      const count = await clients[0]!.query('SELECT COUNT(*)::int AS n FROM "_prisma_migrations"');
      expect(count.rows[0].n).toBe(migrations.length);
    } finally {
      await Promise.all(clients.map((c) => c.end()));
    }
  });

  it("rolls a failing migration back completely and releases the lock", async () => {
    const url = await freshDatabase();
    const client = await connect(url);
    try {
      const broken = { name: "20261201000000_broken", sql: 'CREATE TABLE "X" (a INT); SELECT * FROM nowhere;', checksum: "x" };
      await expect(migratePostgres(client, [...migrations, broken])).rejects.toThrow(/nowhere/);
      const x = await client.query("SELECT to_regclass('public.\"X\"') AS t");
      expect(x.rows[0].t).toBeNull();
      const other = await connect(url); // would block forever if the lock were still held
      try {
        expect((await migratePostgres(other, migrations)).applied).toEqual([]);
        expect(CREATE_PG_MIGRATIONS_TABLE).toContain("TIMESTAMPTZ");
      } finally {
        await other.end();
      }
    } finally {
      await client.end();
    }
  });
});
