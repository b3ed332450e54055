// Which database DATABASE_URL points at. Read when the database is first used (not at import), so tests
// and scripts can set DATABASE_URL before the first query.
import { isAbsolute, resolve } from "node:path";

/** Relative to the process's working directory, like every relative `file:` URL here. */
export const DEFAULT_DATABASE_URL = "file:./data/liftplan.db";

export type DatabaseTarget = { kind: "sqlite"; file: string } | { kind: "postgres"; url: string };

/** A configuration mistake the operator must fix; its message names the problem and carries no user data. */
export class DatabaseConfigError extends Error {
  override name = "DatabaseConfigError";
}

export function databaseTarget(url: string = process.env.DATABASE_URL || DEFAULT_DATABASE_URL): DatabaseTarget {
  if (url.startsWith("file:")) {
    // Prisma's SQLite URLs may carry query parameters (file:./dev.db?connection_limit=1); the path ends before them.
    const path = decodeURIComponent(url.slice("file:".length).split("?")[0] ?? "");
    if (!path || path === ":memory:") {
      throw new DatabaseConfigError("DATABASE_URL must name a SQLite file, e.g. file:./data/liftplan.db.");
    }
    // turbopackIgnore: the path is only known at run time; without it Next would trace the whole project.
    return { kind: "sqlite", file: isAbsolute(path) ? path : resolve(/*turbopackIgnore: true*/ process.cwd(), path) };
  }
  if (/^postgres(ql)?:\/\//i.test(url)) return { kind: "postgres", url };
  throw new DatabaseConfigError(
    "DATABASE_URL must start with file: (SQLite) or postgres:// / postgresql:// (PostgreSQL).",
  );
}
