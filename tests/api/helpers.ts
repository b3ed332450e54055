// Shared set-up for the API tests: a real database per test file, real Request objects, and a way to
// prove that a rejected request left the database exactly as it was.
//
// SQLite by default (a temp file). With TEST_DATABASE_URL=postgres://… (npm run test:pg) each test file
// gets a fresh PostgreSQL database on that server instead, created before and dropped after the file.
// Either way `file` names the database for the helpers below: a path, or the database's URL.
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { afterAll, beforeAll, expect } from "vitest";
import { closeDb, getDb } from "@/lib/db";
import { PEER_ADDRESS_HEADER } from "@/lib/http/peer-address";
import { defaultProfile } from "@/lib/profile/defaults";

export const ORIGIN = "http://localhost:3100";
// The address the server listens on, as `next start` records it: links name it when PUBLIC_ORIGIN is unset.
process.env.__NEXT_PRIVATE_ORIGIN = ORIGIN;

const TEST_PG = process.env.TEST_DATABASE_URL && /^postgres(ql)?:\/\//i.test(process.env.TEST_DATABASE_URL) ? process.env.TEST_DATABASE_URL : undefined;
/** Whether this run is on PostgreSQL (npm run test:pg). */
export const ON_POSTGRES = TEST_PG !== undefined;

const isPostgres = (file: string) => /^postgres(ql)?:\/\//i.test(file);

/** The URL of another database on the server TEST_DATABASE_URL points at. */
export function postgresUrl(database: string): string {
  const url = new URL(TEST_PG!);
  url.pathname = `/${database}`;
  return url.toString();
}

/** Runs one statement on the server's maintenance database (CREATE / DROP DATABASE). */
export async function postgresAdmin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: TEST_PG });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * Points DATABASE_URL at a fresh database for this test file (lib/db reads it on first use) and, unless
 * told otherwise, opens it before the tests so that "nothing was written" can be checked from the first one.
 */
export function useTempDatabase(name: string, { open = true } = {}): { dir: string; file: string } {
  const dir = mkdtempSync(join(tmpdir(), `liftplan-${name}-`));
  if (TEST_PG) {
    const database = `liftplan_t_${name.replace(/\W/g, "_")}_${randomBytes(4).toString("hex")}`.toLowerCase();
    const url = postgresUrl(database);
    process.env.DATABASE_URL = url;
    beforeAll(async () => {
      await postgresAdmin(`CREATE DATABASE "${database}"`);
      if (open) await getDb();
    });
    afterAll(async () => {
      await closeDb();
      await closeReaders();
      await postgresAdmin(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
      rmSync(dir, { recursive: true, force: true });
    });
    return { dir, file: url };
  }
  // A nested folder: lib/db must create it.
  const file = join(dir, "data", "test.db");
  process.env.DATABASE_URL = `file:${file}`;
  if (open) beforeAll(async () => void (await getDb()));
  afterAll(async () => {
    await closeDb();
    rmSync(dir, { recursive: true, force: true });
  });
  return { dir, file };
}

// One reading connection per PostgreSQL test database, kept open: the fuzz suite checks after every case.
const readers = new Map<string, Promise<pg.Client>>();

function reader(url: string): Promise<pg.Client> {
  let client = readers.get(url);
  if (!client) {
    const c = new pg.Client({ connectionString: url });
    client = c.connect().then(() => c);
    readers.set(url, client);
  }
  return client;
}

async function closeReaders(): Promise<void> {
  const all = [...readers.values()];
  readers.clear();
  await Promise.all(all.map(async (c) => (await c).end().catch(() => undefined)));
}

/**
 * Runs SQL on the test database outside the app (to read what was stored, or to age a row). Placeholders
 * are `?`; they become $1, $2… on PostgreSQL. Rows come back as objects; timestamps as Date on PostgreSQL.
 */
export async function rawSql(file: string, sql: string, params: unknown[] = []): Promise<Record<string, unknown>[]> {
  if (isPostgres(file)) {
    let n = 0;
    const { rows } = await (await reader(file)).query(sql.replace(/\?/g, () => `$${++n}`), params);
    return rows as Record<string, unknown>[];
  }
  const db = new Database(file, { fileMustExist: true });
  try {
    const statement = db.prepare(sql);
    return statement.reader ? (statement.all(...params) as Record<string, unknown>[]) : (statement.run(...params), []);
  } finally {
    db.close();
  }
}

export interface DbState {
  plans: number;
  snapshots: number;
  rows: string;
}

/** Every stored plan and snapshot, serialised: equal before and after means nothing was written. */
export async function dbState(file: string): Promise<DbState> {
  if (isPostgres(file)) {
    const client = await reader(file);
    const plans = (await client.query({ text: 'SELECT * FROM "Plan" ORDER BY id', rowMode: "array" })).rows;
    const snapshots = (await client.query({ text: 'SELECT * FROM "Snapshot" ORDER BY id', rowMode: "array" })).rows;
    return { plans: plans.length, snapshots: snapshots.length, rows: JSON.stringify({ plans, snapshots }) };
  }
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const plans = db.prepare('SELECT * FROM "Plan" ORDER BY id').raw().all();
    const snapshots = db.prepare('SELECT * FROM "Snapshot" ORDER BY id').raw().all();
    return { plans: plans.length, snapshots: snapshots.length, rows: JSON.stringify({ plans, snapshots }) };
  } finally {
    db.close();
  }
}

/** Runs the request and asserts the database did not change at all. */
export async function expectNoWrite(file: string, run: () => Promise<Response>): Promise<Response> {
  const before = await dbState(file);
  const response = await run();
  expect(await dbState(file)).toEqual(before);
  return response;
}

export interface RequestOptions {
  json?: unknown;
  body?: BodyInit;
  contentType?: string | null;
  token?: string;
  authorization?: string;
  lang?: string;
  headers?: Record<string, string>;
  /** The connection's address, as the server guard stamps it (lib/http/server-guard.ts). */
  peer?: string;
}

export function apiRequest(method: string, path: string, options: RequestOptions = {}): Request {
  const headers = new Headers(options.headers);
  headers.set("accept-language", options.lang ?? "en");
  const body = options.json !== undefined ? JSON.stringify(options.json) : options.body;
  const contentType = options.contentType === undefined ? (body !== undefined ? "application/json" : null) : options.contentType;
  if (contentType) headers.set("content-type", contentType);
  if (options.token !== undefined) headers.set("authorization", `Bearer ${options.token}`);
  if (options.authorization !== undefined) headers.set("authorization", options.authorization);
  if (options.peer !== undefined) headers.set(PEER_ADDRESS_HEADER, options.peer);
  return new Request(`${ORIGIN}${path}`, { method, headers, body, ...(body instanceof ReadableStream ? { duplex: "half" } : {}) } as RequestInit);
}

export const routeContext = (id: string) => ({ params: Promise.resolve({ id }) });

/** Creates a plan through POST /api/plans, as a person would; its id and edit token. */
export async function createPlanThroughApi(profile: unknown = defaultProfile): Promise<{ id: string; editToken: string }> {
  // Imported here, so that test files which never create a plan do not load the route.
  const { POST } = await import("@/app/api/plans/route");
  const response = await POST(apiRequest("POST", "/api/plans", { json: profile }));
  expect(response.status).toBe(201);
  return (await response.json()) as { id: string; editToken: string };
}

export interface ErrorBody {
  error: string;
  message: string;
  issues?: { path: (string | number)[]; message: string }[];
}

export async function expectError(response: Response, status: number, code: string): Promise<ErrorBody> {
  expect(response.status).toBe(status);
  expect(response.headers.get("content-type")).toMatch(/^application\/json/);
  expect(response.headers.get("cache-control")).toBe("no-store");
  const body = (await response.json()) as ErrorBody;
  expect(body.error).toBe(code);
  expect(typeof body.message).toBe("string");
  expect(body.message.length).toBeGreaterThan(5);
  return body;
}

/** The raw bytes SQLite keeps for the database: the file and its write-ahead log. */
export function dbFileBytes(file: string): Buffer {
  return Buffer.concat([file, `${file}-wal`].filter((f) => existsSync(f)).map((f) => readFileSync(f)));
}

/**
 * Everything the database holds, as text, to search for what must never be stored: on SQLite the raw
 * bytes of the file and its log (latin1), on PostgreSQL every row of every table of the app.
 */
export async function storedText(file: string): Promise<string> {
  if (!isPostgres(file)) return dbFileBytes(file).toString("latin1");
  const client = await reader(file);
  const tables = (await client.query<{ name: string }>("SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public'")).rows;
  const parts: string[] = [];
  for (const { name } of tables) {
    const rows = await client.query({ text: `SELECT * FROM "${name.replace(/"/g, '""')}"`, rowMode: "array" });
    // Values as stored (not JSON-escaped), so stored JSON text is searchable just like in the SQLite file.
    for (const row of rows.rows as unknown[][]) parts.push(row.map((v) => (v instanceof Date ? v.toISOString() : String(v))).join("\t"));
  }
  return parts.join("\n");
}
