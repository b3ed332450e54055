// knip: files, exports and dependencies nothing uses. Run with ESLint by `npm run lint`.
// Its Next.js, Vitest, Playwright, ESLint, PostCSS and Prisma plugins find most entry points themselves
// (app/ routes and pages, proxy.ts, instrumentation.ts, the test files, the configs); the scripts in
// package.json are followed too. Listed here is what is started some other way.
import type { KnipConfig } from "knip";

const config: KnipConfig = {
  entry: [
    // TypeScript the benchmark compiles and imports by path (tests/bench/run.mjs, tests/bench/ts-modules.mjs).
    "tests/bench/scoring-bench.ts",
    "tests/bench/{figures,markdown-section,stats}.ts",
    "tests/e2e/page-weight.ts",
  ],
  prisma: {
    // The PostgreSQL schema is passed to `prisma generate` by prisma/generate-client.mjs.
    entry: ["prisma/schema.prisma", "prisma/postgresql/schema.prisma"],
  },
  // A constant or type a module uses itself may stay exported: the model's named figures are cited by
  // name in docs/model.md and read by tests.
  ignoreExportsUsedInFile: true,
  // The generated Prisma clients (lib/db/generated*, made at install time, not in git) import it.
  ignoreDependencies: ["@prisma/client"],
  // The e2e runner asks the system whether a Chinese font is installed; not an npm package.
  ignoreBinaries: ["fc-list"],
};

export default config;
