// The floor every figure is compared with: a bare Next.js app (one static page, no libraries) built with
// the exact versions of next, react and typescript this project uses. It lives in a temporary folder
// outside the project, because inside it Next would pick up the project's config and instrumentation.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { root } from "./ts-modules.mjs";
import { startServer } from "../load/app-server.mjs";

export const BARE_DIR = path.join(os.tmpdir(), "liftplan-bare");

function files(appStylesheet) {
  const project = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8"));
  const pick = (group, names) => Object.fromEntries(names.map((n) => [n, project[group][n]]));
  return {
    "package.json": JSON.stringify(
      {
        name: "liftplan-bare",
        private: true,
        type: "module",
        dependencies: pick("dependencies", ["next", "react", "react-dom"]),
        devDependencies: pick("devDependencies", ["typescript", "@types/react", "@types/node"]),
      },
      null,
      2,
    ),
    "tsconfig.json": JSON.stringify(
      {
        compilerOptions: {
          target: "ES2022", lib: ["dom", "dom.iterable", "esnext"], strict: true, noEmit: true, skipLibCheck: true,
          module: "esnext", moduleResolution: "bundler", jsx: "react-jsx", isolatedModules: true, esModuleInterop: true,
          resolveJsonModule: true, plugins: [{ name: "next" }],
        },
        include: ["next-env.d.ts", "**/*.ts", "**/*.tsx", ".next/types/**/*.ts"],
        exclude: ["node_modules"],
      },
      null,
      2,
    ),
    "app/layout.tsx": `import type { Metadata } from "next";
import type { ReactNode } from "react";

export const metadata: Metadata = { title: "Bare page", description: "A bare Next.js page: the floor for the benchmarks." };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
`,
    "app/page.tsx": `export default function Page() {
  return (
    <main>
      <h1>Bare page</h1>
      <p>A Next.js page with nothing else in it.</p>
    </main>
  );
}
`,
    // The same page with the app's stylesheet linked, as every app page links it: what a stylesheet alone
    // costs the figures (Lighthouse's LCP above all) when nothing else differs.
    "app/styled/page.tsx": `import "./app.css";

export default function StyledPage() {
  return (
    <main>
      <h1>Bare page</h1>
      <p>A Next.js page with nothing else in it.</p>
    </main>
  );
}
`,
    "app/styled/app.css": appStylesheet,
  };
}

/**
 * The app's own stylesheet as built in `distDir` (the largest CSS file: the global one every page links;
 * the print page's small sheet is the other).
 */
export function appStylesheet(distDir) {
  const dir = path.join(distDir, "static/chunks");
  const sheets = readdirSync(dir).filter((name) => name.endsWith(".css")).map((name) => path.join(dir, name));
  if (sheets.length === 0) throw new Error(`no stylesheet in ${dir}`);
  const largest = sheets.reduce((a, b) => (statSync(b).size > statSync(a).size ? b : a));
  return readFileSync(largest, "utf8");
}

/**
 * Writes, installs (from the npm cache when it can) and builds the bare app; skipped when up to date.
 * `appStylesheet` is the app's built CSS, for the bare page's styled twin.
 */
export function buildBareApp({ appStylesheet = "" } = {}) {
  const wanted = files(appStylesheet);
  const stamp = path.join(BARE_DIR, ".bench-stamp");
  const fingerprint = JSON.stringify(wanted);
  if (existsSync(stamp) && readFileSync(stamp, "utf8") === fingerprint && existsSync(path.join(BARE_DIR, ".next/BUILD_ID"))) return;
  for (const [name, text] of Object.entries(wanted)) {
    mkdirSync(path.dirname(path.join(BARE_DIR, name)), { recursive: true });
    writeFileSync(path.join(BARE_DIR, name), text);
  }
  const run = (cmd, args) => {
    const result = spawnSync(cmd, args, { cwd: BARE_DIR, stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
    if (result.status !== 0) throw new Error(`${cmd} ${args.join(" ")} failed in ${BARE_DIR}`);
  };
  console.log(`Bare Next.js app in ${BARE_DIR}: npm install, next build…`);
  run("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline"]);
  run(process.execPath, ["node_modules/next/dist/bin/next", "build"]);
  writeFileSync(stamp, fingerprint);
}

/** The bare app's installed Next.js version (to show in the report that it matches the project's). */
export function bareNextVersion() {
  return JSON.parse(readFileSync(path.join(BARE_DIR, "node_modules/next/package.json"), "utf8")).version;
}

export const startBareApp = (port) => startServer({ port, cwd: BARE_DIR, readyPath: "/" });
