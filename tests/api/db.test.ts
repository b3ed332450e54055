import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import {
  closeDb,
  CREATE_MIGRATIONS_TABLE,
  databaseTarget,
  DatabaseConfigError,
  defaultMigrationsDir,
  getDb,
  migrate,
  MigrationError,
  openSqlite,
  readMigrations,
} from "@/lib/db";

const dir = mkdtempSync(join(tmpdir(), "liftplan-db-"));
afterAll(async () => {
  await closeDb();
  rmSync(dir, { recursive: true, force: true });
});
let n = 0;
const freshFile = () => join(dir, `db-${++n}.db`);
const tables = (db: Database.Database) =>
  (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map((t) => t.name);

// Every migration the project ships, in the order they apply.
const ALL = ["20261122000000_init", "20261122150000_rate_limit", "20261122170000_plan_last_viewed_index", "20261130150000_plan_share_details"];

describe("lib/db migrate", () => {
  const migrations = readMigrations(defaultMigrationsDir());

  it("finds the migrations in order, with Prisma's checksum (sha256 hex of the file's bytes)", () => {
    expect(migrations.map((m) => m.name)).toEqual(ALL);
    const bytes = readFileSync(join(defaultMigrationsDir(), "20261122000000_init", "migration.sql"));
    expect(migrations[0]!.checksum).toBe(createHash("sha256").update(bytes).digest("hex"));
  });

  it("applies pending migrations once and records them as prisma migrate deploy does", () => {
    const db = openSqlite(freshFile());
    const before = Date.now();
    expect(migrate(db, migrations)).toEqual({ applied: ALL });
    expect(tables(db)).toEqual(["Plan", "RateLimit", "Setting", "Snapshot", "_prisma_migrations", "sqlite_sequence"]);
    const rows = db.prepare('SELECT * FROM "_prisma_migrations" ORDER BY migration_name').all() as Record<string, unknown>[];
    expect(rows).toEqual([
      {
        id: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/),
        checksum: migrations[0]!.checksum,
        finished_at: expect.any(Number),
        migration_name: "20261122000000_init",
        logs: null,
        rolled_back_at: null,
        started_at: expect.any(Number),
        applied_steps_count: 1,
      },
      expect.objectContaining({ migration_name: "20261122150000_rate_limit", checksum: migrations[1]!.checksum, applied_steps_count: 1 }),
      expect.objectContaining({ migration_name: ALL[2], checksum: migrations[2]!.checksum, applied_steps_count: 1 }),
      expect.objectContaining({ migration_name: ALL[3], checksum: migrations[3]!.checksum, applied_steps_count: 1 }),
    ]);
    const indexes = db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'Plan'").all() as { name: string }[];
    expect(indexes.map((i) => i.name)).toContain("Plan_lastViewedAt_idx");
    const row = rows[0]!;
    expect(row.started_at as number).toBeGreaterThanOrEqual(before);
    expect(row.finished_at as number).toBeGreaterThanOrEqual(row.started_at as number);

    // Idempotent: a second run (a restart) changes nothing.
    expect(migrate(db, migrations)).toEqual({ applied: [] });
    expect(db.prepare('SELECT * FROM "_prisma_migrations" ORDER BY migration_name').all()).toEqual(rows);
    expect(db.pragma("journal_mode", { simple: true })).toBe("wal");
    expect(db.pragma("foreign_keys", { simple: true })).toBe(1);
    db.close();
  });

  it("applies a later migration on top, and refuses an applied migration that was edited", () => {
    const db = openSqlite(freshFile());
    migrate(db, migrations);
    const later = { name: "20261201000000_note", sql: 'ALTER TABLE "Plan" ADD COLUMN "note" TEXT;\n', checksum: "" };
    later.checksum = createHash("sha256").update(later.sql).digest("hex");
    expect(migrate(db, [...migrations, later])).toEqual({ applied: ["20261201000000_note"] });
    expect(migrate(db, [...migrations, later])).toEqual({ applied: [] });

    const edited = { ...later, sql: later.sql + "-- changed\n", checksum: "0".repeat(64) };
    expect(() => migrate(db, [...migrations, edited])).toThrow(MigrationError);
    db.close();
  });

  it("rolls back completely when a migration fails", () => {
    const db = openSqlite(freshFile());
    const broken = { name: "20261201000000_broken", sql: 'CREATE TABLE "X" (a INT); SELECT * FROM nowhere;', checksum: "x" };
    expect(() => migrate(db, [...migrations, broken])).toThrow(/no such table/);
    expect(tables(db)).toEqual([]);
    expect(migrate(db, migrations).applied).toEqual(ALL);
    db.close();
  });

  it("waits for another process that is migrating the same file, then finds nothing left to do", async () => {
    const file = freshFile();
    // Another process applies the init migration the same way and holds the write lock for a moment.
    const init = migrations[0]!;
    const other = spawn(
      process.execPath,
      [
        "-e",
        `
        const Database = require("better-sqlite3");
        const db = new Database(${JSON.stringify(file)});
        db.pragma("journal_mode = WAL");
        db.exec("BEGIN IMMEDIATE");
        db.exec(${JSON.stringify(CREATE_MIGRATIONS_TABLE)});
        db.exec(${JSON.stringify(init.sql)});
        db.prepare('INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, started_at, applied_steps_count) VALUES (?, ?, ?, ?, ?, 1)')
          .run("11111111-1111-4111-8111-111111111111", ${JSON.stringify(init.checksum)}, Date.now(), ${JSON.stringify(init.name)}, Date.now());
        console.log("locked");
        setTimeout(() => { db.exec("COMMIT"); db.close(); }, 400);
        `,
      ],
      { cwd: resolve("."), stdio: ["ignore", "pipe", "inherit"] },
    );
    await new Promise<void>((done) => other.stdout.on("data", (chunk: Buffer) => chunk.toString().includes("locked") && done()));

    const db = openSqlite(file);
    const started = Date.now();
    expect(migrate(db, [init])).toEqual({ applied: [] }); // blocks on the lock, then sees the work done
    expect(Date.now() - started).toBeGreaterThan(200);
    expect(db.prepare('SELECT id FROM "_prisma_migrations"').all()).toEqual([{ id: "11111111-1111-4111-8111-111111111111" }]);
    db.close();
    await new Promise((done) => other.on("exit", done));
  });
});

describe("lib/db configuration", () => {
  it("resolves file: URLs against the working directory, with or without parameters", () => {
    expect(databaseTarget("file:./data/liftplan.db")).toEqual({ kind: "sqlite", file: resolve("data/liftplan.db") });
    expect(databaseTarget("file:/var/lib/liftplan/plans.db?connection_limit=1")).toEqual({ kind: "sqlite", file: "/var/lib/liftplan/plans.db" });
    expect(databaseTarget("postgresql://user@localhost:5432/liftplan")).toEqual({ kind: "postgres", url: "postgresql://user@localhost:5432/liftplan" });
    expect(() => databaseTarget("mysql://localhost/x")).toThrow(DatabaseConfigError);
    expect(() => databaseTarget("file::memory:")).toThrow(DatabaseConfigError);
  });

  it("creates the folder, migrates on first use, and connects once per process", async () => {
    await closeDb();
    const file = join(dir, "nested", "deeper", "app.db");
    process.env.DATABASE_URL = `file:${file}`;
    const [a, b] = await Promise.all([getDb(), getDb()]);
    expect(a).toBe(b);
    expect(await a.plan.count()).toBe(0);
    const raw = new Database(file, { readonly: true });
    expect(raw.prepare('SELECT COUNT(*) AS n FROM "_prisma_migrations"').get()).toEqual({ n: ALL.length });
    raw.close();
  });

  it("keeps foreign keys on for Prisma's connection, so deleting a plan cascades", async () => {
    const db = await getDb();
    expect(await db.$queryRawUnsafe("PRAGMA foreign_keys")).toEqual([{ foreign_keys: 1n }]);
    expect(await db.$queryRawUnsafe("PRAGMA journal_mode")).toEqual([{ journal_mode: "wal" }]);
  });
});
