// Shared set-up for the API tests: a real SQLite file per test file, real Request objects, and a way to
// prove that a rejected request left the database exactly as it was.
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, expect } from "vitest";
import { closeDb, getDb } from "@/lib/db";

export const ORIGIN = "http://localhost:3100";

/**
 * Points DATABASE_URL at a fresh file for this test file (lib/db reads it on first use) and, unless told
 * otherwise, opens it before the tests so that "nothing was written" can be checked from the first one.
 */
export function useTempDatabase(name: string, { open = true } = {}): { dir: string; file: string } {
  const dir = mkdtempSync(join(tmpdir(), `liftplan-${name}-`));
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

export interface RequestOptions {
  json?: unknown;
  body?: BodyInit;
  contentType?: string | null;
  token?: string;
  authorization?: string;
  lang?: string;
  headers?: Record<string, string>;
}

export function apiRequest(method: string, path: string, options: RequestOptions = {}): Request {
  const headers = new Headers(options.headers);
  headers.set("accept-language", options.lang ?? "en");
  const body = options.json !== undefined ? JSON.stringify(options.json) : options.body;
  const contentType = options.contentType === undefined ? (body !== undefined ? "application/json" : null) : options.contentType;
  if (contentType) headers.set("content-type", contentType);
  if (options.token !== undefined) headers.set("authorization", `Bearer ${options.token}`);
  if (options.authorization !== undefined) headers.set("authorization", options.authorization);
  return new Request(`${ORIGIN}${path}`, { method, headers, body, ...(body instanceof ReadableStream ? { duplex: "half" } : {}) } as RequestInit);
}

export const routeContext = (id: string) => ({ params: Promise.resolve({ id }) });

/** Every stored row, serialised: equal before and after means nothing was written. */
export function dbState(file: string): { plans: number; snapshots: number; rows: string } {
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
  const before = dbState(file);
  const response = await run();
  expect(dbState(file)).toEqual(before);
  return response;
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
