// Figure 2, Lighthouse (mobile, its default: emulated phone, simulated slow 4G and 4× CPU slowdown) on the
// home page, the questionnaire and a plan page, against the bare Next.js page in the same run.
// Lighthouse is not a dependency of the project: it is fetched by npx at a pinned version and drives
// Debian's Chromium (CHROME_PATH). 12.x, because 13.x needs Node 22.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { figures, median } from "./ts-modules.mjs";
import { chromiumPath } from "./browser.mjs";
import { appPages, BARE_PAGE, BARE_STYLED_PAGE } from "./pages.mjs";
import { machineLine, revision, today, writeSection } from "./report.mjs";

export const LIGHTHOUSE_VERSION = "12.8.2";
const RUNS = Math.max(1, Math.min(5, Number(process.env.BENCH_LIGHTHOUSE_RUNS) || 3));
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"];
const TARGETS = { performance: 95, accessibility: 100, "best-practices": 95, seo: 90, lcpRatio: 1.2 };
const CHROME_FLAGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/** One Lighthouse run; the scores (0–100), LCP in ms and the audits that lost points. */
function lighthouse(url, dir) {
  const out = path.join(dir, `lh-${Date.now()}.json`);
  const result = spawnSync(
    "npx",
    [
      "--yes",
      `lighthouse@${LIGHTHOUSE_VERSION}`,
      url,
      "--output=json",
      `--output-path=${out}`,
      `--only-categories=${CATEGORIES.join(",")}`,
      `--chrome-flags=${CHROME_FLAGS.join(" ")}`,
      "--quiet",
    ],
    { env: { ...process.env, CHROME_PATH: chromiumPath() }, encoding: "utf8", timeout: 180_000 },
  );
  if (result.status !== 0) throw new Error(`lighthouse failed on ${url}: ${(result.stderr || result.error?.message || "").slice(-1500)}`);
  const report = JSON.parse(readFileSync(out, "utf8"));
  if (report.runtimeError) throw new Error(`lighthouse on ${url}: ${report.runtimeError.code} ${report.runtimeError.message}`);
  const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((report.categories[c]?.score ?? 0) * 100)]));
  const lost = CATEGORIES.flatMap((c) =>
    (report.categories[c]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0 && report.audits[ref.id]?.score !== null && report.audits[ref.id]?.score < 1)
      .map((ref) => `${c}: ${ref.id}`),
  );
  const metric = (id) => report.audits[id]?.numericValue ?? NaN;
  return { ...scores, lcp: metric("largest-contentful-paint"), fcp: metric("first-contentful-paint"), tbt: metric("total-blocking-time"), lost, lcpElement: lcpElement(report) };
}

/** What Lighthouse took for the largest contentful paint: the element's selector and a bit of its HTML. */
function lcpElement(report) {
  const find = (details) => {
    for (const item of details?.items ?? []) {
      if (item?.node?.type === "node") return item.node;
      const inner = find(item);
      if (inner) return inner;
    }
    return undefined;
  };
  const node = find(report.audits["largest-contentful-paint-element"]?.details);
  return node ? `${node.selector ?? ""} ${String(node.snippet ?? "").slice(0, 80)}`.trim() : "unknown";
}

/** One run, tried up to three times when Chromium or Lighthouse falls over (it does, now and then, on a busy machine). */
function lighthouseWithRetry(url, dir, attempts = 3) {
  for (let attempt = 1; ; attempt++) {
    try {
      return lighthouse(url, dir);
    } catch (error) {
      if (attempt >= attempts) throw error;
      console.warn(`lighthouse: retrying ${url} after: ${String(error?.message ?? error).slice(-300)}`);
    }
  }
}

/** The median of each figure over RUNS runs (a single run when RUNS is 1). */
function measure(url, dir) {
  const runs = Array.from({ length: RUNS }, () => lighthouseWithRetry(url, dir));
  const pick = (key) => median(runs.map((r) => r[key]));
  return {
    ...Object.fromEntries([...CATEGORIES, "lcp", "fcp", "tbt"].map((k) => [k, pick(k)])),
    lost: [...new Set(runs.flatMap((r) => r.lost))],
    lcpElement: [...new Set(runs.map((r) => r.lcpElement))].join("; "),
  };
}

/** Measures and writes "## Lighthouse (mobile)"; returns { bare, pages }. */
export async function runLighthouse({ app, bare }) {
  const loadAtStart = os.loadavg()[0];
  const { formatRatio, ratio, verdictText, whole } = figures;
  const dir = mkdtempSync(path.join(os.tmpdir(), "liftplan-lighthouse-"));
  let floor;
  let styledFloor;
  const pages = {};
  try {
    floor = measure(`${bare.base}${BARE_PAGE.path}`, dir);
    styledFloor = measure(`${bare.base}${BARE_STYLED_PAGE.path}`, dir);
    const all = appPages(app.planId);
    for (const name of ["home", "questionnaire", "plan"]) pages[name] = measure(`${app.base}${all[name].path}`, dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const score = (value, target) => (value >= target ? `${value}` : `**${value}** (< ${target})`);
  const row = (name, r, { verdict = true } = {}) => {
    const lcpRatio = ratio(r.lcp, floor.lcp);
    return `| ${name} | ${score(r.performance, TARGETS.performance)} | ${score(r.accessibility, TARGETS.accessibility)} | ${score(r["best-practices"], TARGETS["best-practices"])} | ${score(r.seo, TARGETS.seo)} | ${whole(r.fcp)} | ${whole(r.lcp)} | ${formatRatio(lcpRatio)}${verdict ? ` ${verdictText(lcpRatio, TARGETS.lcpRatio, "at most")}` : " (reference)"} | ${whole(r.tbt)} |`;
  };
  const lost = Object.entries(pages)
    .map(([name, r]) => `- ${name}: ${r.lost.length ? r.lost.map((a) => `\`${a}\``).join(", ") : "none"}; LCP element: \`${r.lcpElement.replaceAll("`", "'")}\``)
    .join("\n");
  writeSection(
    "Lighthouse (mobile)",
    `Measured ${today()} with \`npm run bench -- --only=lighthouse\` (\`tests/bench/lighthouse.mjs\`), app at ${revision()}.

**Machine**: ${machineLine(loadAtStart)}.

**Method**: Lighthouse ${LIGHTHOUSE_VERSION} (\`npx --yes lighthouse@${LIGHTHOUSE_VERSION}\`, not a project dependency) with its default mobile settings — an emulated phone, simulated slow 4G and 4× CPU slowdown — driving Debian's Chromium headless (\`CHROME_PATH\`). ${RUNS === 1 ? "One run per page" : `${RUNS} runs per page, median of each figure`} (\`BENCH_LIGHTHOUSE_RUNS\` sets it). The app is the production build on 127.0.0.1 (no TLS, no CDN, no HTTP/2); the bare page is the bare Next.js app of "JavaScript shipped", served by \`next start\` the same way. Scores 0–100; times in ms (simulated). Targets: performance ≥ ${TARGETS.performance}, accessibility ${TARGETS.accessibility}, best practices ≥ ${TARGETS["best-practices"]}, SEO ≥ ${TARGETS.seo}, LCP ≤ ${formatRatio(TARGETS.lcpRatio)} the bare page's. The reference row is the bare page itself with one change: it links the app's stylesheet (\`/styled\` in the bare app), so it shows what a stylesheet alone does to these figures.

| page | performance | accessibility | best practices | SEO | FCP | LCP | LCP × bare | TBT |
|---|---|---|---|---|---|---|---|---|
| bare Next.js page | ${floor.performance} | ${floor.accessibility} | ${floor["best-practices"]} | ${floor.seo} | ${whole(floor.fcp)} | ${whole(floor.lcp)} | 1.00× | ${whole(floor.tbt)} |
${row("bare page with the app's stylesheet (reference)", styledFloor, { verdict: false })}
${Object.entries(pages).map(([name, r]) => row(name, r)).join("\n")}

Audits that lost points (weighted audits scoring below 1, in any run), and the element Lighthouse took for the LCP:
${lost}${pages.plan?.lost.includes("seo: is-crawlable") ? `

The plan page's \`is-crawlable\` loss is deliberate: a plan is a private link, so the page says \`noindex, nofollow\` (and sends no referrer). That audit alone weighs enough to hold SEO far below ${TARGETS.seo}; the SEO target can only apply to the public pages (home, questionnaire).` : ""}`,
  );
  return { bare: floor, styledBare: styledFloor, pages };
}
