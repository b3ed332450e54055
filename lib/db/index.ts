// Database access for lib/plans (the only module that queries it).
export { getDb, closeDb, connectDatabase, type Db } from "./client";
export { databaseTarget, DatabaseConfigError, DEFAULT_DATABASE_URL, type DatabaseTarget } from "./config";
export { migrate, readMigrations, CREATE_MIGRATIONS_TABLE, migrationChecksum, defaultMigrationsDir, MigrationError } from "./migrate";
export type { Migration, MigrationReport } from "./migrate";
export { openSqlite, SQLITE_BUSY_TIMEOUT_MS } from "./sqlite";
export { migratePostgres, postgresMigrationsDir, CREATE_PG_MIGRATIONS_TABLE, MIGRATION_LOCK_KEY } from "./migrate-postgres";
export { poolSize } from "./postgres";
