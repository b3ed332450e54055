// Database access for lib/plans (the only module that queries it).
export { getDb, closeDb, connectDatabase, type Db } from "./client";
export { databaseTarget, DatabaseConfigError } from "./config";
export { migrate, readMigrations, CREATE_MIGRATIONS_TABLE, defaultMigrationsDir, MigrationError } from "./migrate";
export { openSqlite } from "./sqlite";
export { migratePostgres, postgresMigrationsDir, CREATE_PG_MIGRATIONS_TABLE } from "./migrate-postgres";
