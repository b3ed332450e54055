// Figure 1, JavaScript shipped: first-load JS of each page in gzip bytes (the end-to-end tests' measure,
// tests/e2e/page-weight.ts: every script response the browser actually loads, gzip -9), against the bare
// Next.js page measured the same way in the same run.
import { createHash } from "node:crypto";
import os from "node:os";
import { gzipSync } from "node:zlib";
import { figures, firstLoadScriptBytes } from "./ts-modules.mjs";
import { launchChromium } from "./browser.mjs";
import { appPages, BARE_PAGE, contextFor } from "./pages.mjs";
import { machineLine, revision, today, writeSection } from "./report.mjs";

// The diagnosis page embeds the questionnaire (collect mode): it is held to the questionnaire's ratio.
// The owner's view of a plan is held to the plan's ratio: it is the same page, for the person it is for.
export const JS_TARGETS = { print: 1.1, plan: 1.25, planOwner: 1.25, questionnaire: 1.4, diagnose: 1.4 };

async function measure(browser, base, page, plan) {
  const { path, ready } = page;
  const context = await contextFor(browser, page, plan);
  try {
    return await firstLoadScriptBytes(await context.newPage(), `${base}${path}`, ready);
  } finally {
    await context.close();
  }
}

// Strings that survive minification and say which library a chunk holds (checked against a build).
const MARKERS = { shouldUnregister: "react-hook-form", $ZodType: "zod", IntlMessageFormat: "use-intl + intl-messageformat", localePrefix: "next-intl navigation", whatif: "what-if simulator" };

/** Each script a page loads: file name, gzip bytes, a content hash and the libraries it visibly holds. */
async function scripts(browser, base, spec, plan) {
  const { path, ready } = spec;
  const context = await contextFor(browser, spec, plan);
  const page = await context.newPage();
  const seen = new Map();
  const pending = [];
  page.on("response", (response) => {
    if (response.request().resourceType() !== "script") return;
    pending.push(
      response
        .body()
        .then((body) => {
          const text = body.toString("latin1");
          seen.set(response.url(), {
            file: new URL(response.url()).pathname.split("/").pop(),
            bytes: gzipSync(body, { level: 9 }).length,
            hash: createHash("sha256").update(body).digest("hex"),
            holds: Object.entries(MARKERS).filter(([marker]) => text.includes(marker)).map(([, name]) => name),
          });
        })
        .catch(() => undefined),
    );
  });
  try {
    await page.goto(`${base}${path}`);
    await ready(page);
    await page.waitForLoadState("networkidle");
    await Promise.all(pending);
    return [...seen.values()];
  } finally {
    await context.close();
  }
}

/** Measures and writes "## JavaScript shipped"; returns { bare, pages: { name: bytes } }. */
export async function runPageWeight({ app, bare, nextVersion }) {
  const loadAtStart = os.loadavg()[0];
  const { formatRatio, ratio, verdictText, whole } = figures;
  const browser = await launchChromium();
  let floor;
  const pages = {};
  const extra = {};
  try {
    floor = await measure(browser, bare.base, BARE_PAGE);
    const plan = { id: app.planId, editToken: app.editToken };
    for (const [name, page] of Object.entries(appPages(app.planId))) pages[name] = await measure(browser, app.base, page, plan);
    // Where the bytes over the floor are: the scripts whose content the bare page does not load.
    const bareHashes = new Set((await scripts(browser, bare.base, BARE_PAGE)).map((s) => s.hash));
    for (const [name, page] of Object.entries(appPages(app.planId))) {
      extra[name] = (await scripts(browser, app.base, page, plan)).filter((s) => !bareHashes.has(s.hash)).sort((a, b) => b.bytes - a.bytes);
    }
  } finally {
    await browser.close();
  }
  const rows = Object.entries(pages).map(([name, bytes]) => {
    const r = ratio(bytes, floor);
    const target = JS_TARGETS[name];
    return `| ${name} (\`${appPages("{id}")[name].path}\`) | ${whole(bytes)} | ${formatRatio(r)} | ${target ? `≤ ${formatRatio(target)}` : "—"} | ${target ? verdictText(r, target, "at most") : "—"}${target && r > target ? `, ${whole(bytes - Math.floor(floor * target))} B over` : ""} |`;
  });
  writeSection(
    "JavaScript shipped",
    `Measured ${today()} with \`npm run bench -- --only=js\` (\`tests/bench/page-weight.mjs\`), app at ${revision()}.

**Machine**: ${machineLine(loadAtStart)}. (Byte counts do not depend on the machine.)

**Method**: each page opened once in a fresh browser context (empty cache) in Debian's Chromium; every response the browser loads as a script until the page is ready and the network is idle, gzip -9, summed — the measure of the end-to-end size budget (\`tests/e2e/page-weight.ts\`). The floor is a bare Next.js ${nextVersion} app (one static page, same next/react versions as this project, built with \`next build\`), measured the same way in the same run. App pages in English; the plan is a fresh random one, opened as a visitor ("plan") and by its owner ("planOwner": the browser holds the plan's edit token, so the page loads the owner's parts: ticks, progress, sharing and management).

| page | first-load JS (gzip B) | × bare page | target | |
|---|---|---|---|---|
| bare Next.js page (the floor) | ${whole(floor)} | 1.00× | | |
${rows.join("\n")}

Scripts each page loads that the bare page does not (same content = shared; gzip bytes; a library named where a marker string shows it):

${Object.entries(extra)
  .map(([name, list]) => `- ${name}: ${list.map((s) => `${s.file} ${whole(s.bytes)}${s.holds.length ? ` (${s.holds.join(", ")})` : ""}`).join("; ")} — ${whole(list.reduce((a, s) => a + s.bytes, 0))} B in all`)
  .join("\n")}

(Part of the bare page's own runtime is built into differently named chunks in the app, so "not in the bare page" is an upper bound on what the app adds.)`,
  );
  return { bare: floor, pages };
}
