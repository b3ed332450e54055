// Prisma CLI configuration. `prisma generate` does not need it, but Prisma 7 reads the datasource URL only
// from here, so `prisma migrate deploy` / `migrate status` on a connected machine find the same database
// the app uses (lib/db/config.ts has the same default, relative to the working directory).
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL || "file:./data/liftplan.db" },
});
