// ESLint: Next.js's own rules (core web vitals and TypeScript), plus one naming rule for every file and
// folder: kebab-case, with Next's route-folder forms ([locale], [...rest], _og-font, calendar.ics) allowed
// under app/. Run with knip by `npm run lint`.
import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";
import checkFile from "eslint-plugin-check-file";

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  globalIgnores([
    ".next*/**",
    "lib/db/generated/**",
    "lib/db/generated-pg/**",
    "tests/.tmp/**",
    "data/**",
    "next-env.d.ts",
    "public/bench-static-page.html",
  ]),
  {
    files: ["**/*.{ts,tsx,mts,js,mjs,cjs}"],
    plugins: { "check-file": checkFile },
    rules: {
      // `ignoreMiddleExtensions`: plan-page-store.test.ts is judged by "plan-page-store".
      "check-file/filename-naming-convention": ["error", { "**/*": "KEBAB_CASE" }, { ignoreMiddleExtensions: true }],
      "check-file/folder-naming-convention": ["error", { "app/**/": "NEXT_JS_APP_ROUTER_CASE", "{components,lib,tests,prisma}/**/": "KEBAB_CASE" }],
    },
  },
  {
    rules: {
      // Destructuring a key out to keep the rest (`const { path: _path, ...rest }`) is how a test drops one.
      "@typescript-eslint/no-unused-vars": ["warn", { ignoreRestSiblings: true }],
    },
  },
  {
    // No React under tests/: the rules of hooks would take helpers such as useTempDatabase for hooks.
    files: ["tests/**"],
    rules: { "react-hooks/rules-of-hooks": "off" },
  },
]);
