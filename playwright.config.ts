import { defineConfig } from "@playwright/test";
import { CHROMIUM_ARGS, findChromium } from "./tests/e2e/browser";
import { E2E_DATABASE_URL, E2E_DIST_DIR, E2E_PORT } from "./tests/e2e/server-env";

const executablePath = findChromium();

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: "tests/.tmp/e2e-results",
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${E2E_PORT}`,
    launchOptions: { executablePath, args: CHROMIUM_ARGS },
    trace: "retain-on-failure",
  },
  projects: [{ name: "chromium", use: { browserName: "chromium" } }],
  webServer: {
    // The built app (see test:e2e), on a database file of its own made fresh for each run.
    // Idle keep-alive connections kept for 70 s, not Node's 5: a test's request context that reuses a
    // connection the server has just closed gets ECONNRESET (seen once, after a long browser step).
    command: `npx next start -p ${E2E_PORT} -H 127.0.0.1 --keepAliveTimeout 70000`,
    url: `http://127.0.0.1:${E2E_PORT}/en`,
    timeout: 120_000,
    reuseExistingServer: false,
    env: {
      DATABASE_URL: E2E_DATABASE_URL,
      NEXT_DIST_DIR: E2E_DIST_DIR,
      // The suite creates many plans from one address; the limit itself is covered by the API tests.
      RATE_LIMIT_PLANS_PER_MINUTE: "10000",
      // The plan-page cache's status header, which page-cache.spec.ts reads (off in production).
      PLAN_PAGE_CACHE_HEADER: "1",
      // Links name this origin, as a deployment sets it; never what a request's Host says.
      PUBLIC_ORIGIN: `http://127.0.0.1:${E2E_PORT}`,
    },
    stdout: "ignore",
    stderr: "pipe",
  },
});
