// The database store behind the shared rate limit (lib/rate-limit/shared-limiter.ts): one token bucket per
// (hashed) client in the database itself, so every app instance on the same database draws from the same
// buckets. No extra service: one atomic upsert per hit, on SQLite and PostgreSQL alike.
import { randomBytes } from "node:crypto";
import { databaseTarget, getDb, type Db } from "@/lib/db";
import type { BucketStore } from "@/lib/rate-limit";

/**
 * Named placeholders for one statement, bound at the end in text order: `?` (a value used twice is passed
 * twice) on SQLite, `$1, $2…` (each value once) on PostgreSQL.
 */
function statement(postgres: boolean, values: Record<string, unknown>) {
  const p = (name: string) => `@@${name}@@`;
  const bind = (sql: string): [string, ...unknown[]] => {
    const names: string[] = [];
    const text = sql.replace(/@@(\w+)@@/g, (_, name: string) => {
      if (!postgres) return names.push(name), "?";
      if (!names.includes(name)) names.push(name);
      return `$${names.indexOf(name) + 1}`;
    });
    return [text, ...names.map((name) => values[name])];
  };
  return { p, bind };
}

export function databaseBucketStore(db: () => Promise<Db> = getDb, postgres = () => databaseTarget().kind === "postgres"): BucketStore {
  return {
    async take(key, limit, windowMs, now) {
      const { p, bind } = statement(postgres(), { key, now, limit, perMs: limit / windowMs, first: limit - 1 });
      // Clocks of several instances may disagree a little: time never runs backwards for a bucket.
      const elapsed = `(CASE WHEN CAST(${p("now")} AS BIGINT) > "RateLimit"."at" THEN CAST(${p("now")} AS BIGINT) - "RateLimit"."at" ELSE 0 END)`;
      const grown = `"RateLimit"."tokens" + ${elapsed} * CAST(${p("perMs")} AS DOUBLE PRECISION)`;
      const refilled = `(CASE WHEN ${grown} > CAST(${p("limit")} AS DOUBLE PRECISION) THEN CAST(${p("limit")} AS DOUBLE PRECISION) ELSE ${grown} END)`;
      // SET expressions all read the row as it was before this statement, so `refilled` is the same in each.
      const sql = `INSERT INTO "RateLimit" ("key", "tokens", "at", "lastAllowed")
        VALUES (${p("key")}, CAST(${p("first")} AS DOUBLE PRECISION), CAST(${p("now")} AS BIGINT), 1)
        ON CONFLICT ("key") DO UPDATE SET
          "tokens" = CASE WHEN ${refilled} >= 1 THEN ${refilled} - 1 ELSE ${refilled} END,
          "lastAllowed" = CASE WHEN ${refilled} >= 1 THEN 1 ELSE 0 END,
          "at" = CASE WHEN CAST(${p("now")} AS BIGINT) > "RateLimit"."at" THEN CAST(${p("now")} AS BIGINT) ELSE "RateLimit"."at" END
        RETURNING "tokens", "lastAllowed"`;
      const client = await db();
      // A transaction, like every write here: SQLite's adapter shares one connection between requests.
      const rows = await client.$transaction((tx) =>
        tx.$queryRawUnsafe<{ tokens: number; lastAllowed: number | bigint }[]>(...bind(sql)),
      );
      const row = rows[0];
      return { allowed: Number(row?.lastAllowed) === 1, tokens: Number(row?.tokens ?? 0) };
    },

    async forgetBefore(before) {
      const { p, bind } = statement(postgres(), { before });
      const sql = `DELETE FROM "RateLimit" WHERE "at" < CAST(${p("before")} AS BIGINT)`;
      const client = await db();
      return client.$transaction((tx) => tx.$executeRawUnsafe(...bind(sql)));
    },

    async salt() {
      const { p, bind } = statement(postgres(), { name: "rate_limit_salt", value: randomBytes(32).toString("base64url") });
      // Whichever instance comes first creates it; everyone then reads the same value.
      const insert = `INSERT INTO "Setting" ("name", "value") VALUES (${p("name")}, ${p("value")}) ON CONFLICT ("name") DO NOTHING`;
      const select = `SELECT "value" FROM "Setting" WHERE "name" = ${p("name")}`;
      const client = await db();
      await client.$transaction((tx) => tx.$executeRawUnsafe(...bind(insert)));
      const rows = await client.$queryRawUnsafe<{ value: string }[]>(...bind(select));
      return rows[0]!.value;
    },
  };
}
