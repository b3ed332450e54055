// PostgreSQL through @prisma/adapter-pg, for several stateless app instances on one database.
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import type { PrismaClient } from "./generated/client";
import { PrismaClient as PgPrismaClient } from "./generated-pg/client";
import { readMigrations } from "./migrate";
import { migratePostgres, postgresMigrationsDir } from "./migrate-postgres";

/** DATABASE_POOL_SIZE: connections per app instance (default 10). Mind the server's max_connections. */
export function poolSize(value: string | undefined = process.env.DATABASE_POOL_SIZE): number {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 && n <= 1000 ? n : 10;
}

/**
 * Migrates (under the advisory lock) on a connection of its own, then opens the pool Prisma uses.
 * The PostgreSQL client has the same models and API as the SQLite one; only its query compiler differs,
 * so it is typed as the SQLite client for the rest of the app.
 */
export async function connectPostgres(url: string, transactionOptions: { maxWait: number; timeout: number }): Promise<PrismaClient> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await migratePostgres(client, readMigrations(postgresMigrationsDir()));
  } finally {
    await client.end();
  }
  const adapter = new PrismaPg({ connectionString: url, max: poolSize() });
  return new PgPrismaClient({ adapter, transactionOptions }) as unknown as PrismaClient;
}
