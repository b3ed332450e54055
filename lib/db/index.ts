// Database access for lib/plans (the only module that queries it).
export { getDb, closeDb, type Db } from "./client";
export { databaseTarget, DatabaseConfigError, DEFAULT_DATABASE_URL, type DatabaseTarget } from "./config";
export { migrate, readMigrations, CREATE_MIGRATIONS_TABLE, migrationChecksum, defaultMigrationsDir, MigrationError } from "./migrate";
export type { Migration, MigrationReport } from "./migrate";
export { openSqlite, SQLITE_BUSY_TIMEOUT_MS } from "./sqlite";
