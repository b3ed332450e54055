import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";

export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL(".", import.meta.url)) } },
  test: {
    environment: "node",
    include: ["tests/unit/**/*.test.ts", "tests/api/**/*.test.ts"],
    // API tests each open their own SQLite file; keep files isolated.
    pool: "forks",
    // Database-backed tests can wait on a busy 2-core machine; a timing assertion never uses this clock.
    testTimeout: 30_000,
  },
});
