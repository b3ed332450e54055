// Figure 2, Lighthouse (mobile, its default: emulated phone, simulated slow 4G and 4× CPU slowdown) on the
// home page, the questionnaire, a plan page and the diagnosis, each against the floor measured in the same
// run: the bare Next.js page with the app's stylesheet linked (the "styled floor"). The plain bare page is
// measured too, for reference. Each page is loaded twice per round: with Lighthouse's default simulated
// throttling (an unthrottled load, then a model of a slow phone) and with the throttling applied in the
// browser while it loads (devtools), which shows what the simulation attributes to the page and what a
// slow load really does. Lighthouse is not a dependency of the project: it is fetched by npx at a
// pinned version and drives Debian's Chromium (CHROME_PATH). 12.x, because 13.x needs Node 22.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { figures, median } from "./ts-modules.mjs";
import { chromiumPath } from "./browser.mjs";
import { appPages, BARE_PAGE, BARE_STYLED_PAGE } from "./pages.mjs";
import { machineLine, revision, today, writeSection } from "./report.mjs";
import { measureTextStyles } from "./text-styles.mjs";

export const LIGHTHOUSE_VERSION = "12.8.2";
export const LIGHTHOUSE_PAGES = ["home", "questionnaire", "plan", "diagnose"];
const RUNS = Math.max(1, Math.min(7, Number(process.env.BENCH_LIGHTHOUSE_RUNS) || 3));
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"];
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

/** Scripts that had finished loading before the paint Lighthouse took for the LCP, in the unthrottled load. */
function scriptsBeforePaint(report) {
  const paint = report.audits.metrics?.details?.items?.[0]?.observedLargestContentfulPaint ?? Infinity;
  const scripts = (report.audits["network-requests"]?.details?.items ?? []).filter((r) => r.resourceType === "Script");
  const before = scripts.filter((r) => r.networkEndTime <= paint);
  const kb = (list) => list.reduce((sum, r) => sum + (r.transferSize ?? 0), 0) / 1024;
  return { paint, before: before.length, beforeKb: kb(before), all: scripts.length, allKb: kb(scripts) };
}

// "simulated": Lighthouse's default. "applied": the same phone, network and CPU slowdown, applied by the
// browser during the load (--throttling-method=devtools).
const THROTTLING = { simulated: "simulate", applied: "devtools" };

/** One Lighthouse run: scores (0–100), metrics, the metrics' scores, and what explains them. */
function lighthouse(url, dir, throttling) {
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
      `--throttling-method=${THROTTLING[throttling]}`,
      `--chrome-flags=${CHROME_FLAGS.join(" ")}`,
      "--quiet",
    ],
    { env: { ...process.env, CHROME_PATH: chromiumPath() }, encoding: "utf8", timeout: 180_000 },
  );
  if (result.status !== 0) throw new Error(`lighthouse failed on ${url}: ${(result.stderr || result.error?.message || "").slice(-1500)}`);
  const report = JSON.parse(readFileSync(out, "utf8"));
  if (report.runtimeError) throw new Error(`lighthouse on ${url}: ${report.runtimeError.code} ${report.runtimeError.message}`);
  const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((report.categories[c]?.score ?? 0) * 100)]));
  if (Object.values(scores).some((s) => !Number.isFinite(s))) throw new Error(`lighthouse on ${url}: a category without a score`);
  const lost = CATEGORIES.flatMap((c) =>
    (report.categories[c]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0 && report.audits[ref.id]?.score !== null && report.audits[ref.id]?.score < 1)
      .map((ref) => `${c}: ${ref.id}`),
  );
  const metric = (id) => report.audits[id]?.numericValue ?? NaN;
  const metricScores = Object.fromEntries(Object.keys(figures.PERFORMANCE_WEIGHTS).map((id) => [id, report.audits[id]?.score ?? 0]));
  return {
    ...scores,
    lcp: metric("largest-contentful-paint"),
    fcp: metric("first-contentful-paint"),
    tbt: metric("total-blocking-time"),
    cls: metric("cumulative-layout-shift"),
    metricScores,
    scripts: scriptsBeforePaint(report),
    lost,
    lcpElement: lcpElement(report),
  };
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
function lighthouseWithRetry(url, dir, throttling, attempts = 3) {
  for (let attempt = 1; ; attempt++) {
    try {
      return lighthouse(url, dir, throttling);
    } catch (error) {
      if (attempt >= attempts) throw error;
      console.warn(`lighthouse: retrying ${url} after: ${String(error?.message ?? error).slice(-300)}`);
    }
  }
}

/** The median of each figure over the runs, and every run's LCP and performance for the record. */
function summarize(runs) {
  const pick = (get) => median(runs.map(get));
  return {
    ...Object.fromEntries([...CATEGORIES, "lcp", "fcp", "tbt", "cls"].map((k) => [k, pick((r) => r[k])])),
    metricScores: Object.fromEntries(Object.keys(runs[0].metricScores).map((k) => [k, pick((r) => r.metricScores[k])])),
    scripts: Object.fromEntries(Object.keys(runs[0].scripts).map((k) => [k, pick((r) => r.scripts[k])])),
    runs: runs.map((r) => ({ performance: r.performance, lcp: Math.round(r.lcp), tbt: Math.round(r.tbt) })),
    lost: [...new Set(runs.flatMap((r) => r.lost))],
    lcpElement: [...new Set(runs.map((r) => r.lcpElement))].join("; "),
  };
}

const METRIC_NAMES = {
  "first-contentful-paint": ["FCP", "fcp", "ms"],
  "speed-index": ["Speed Index", null, "ms"],
  "largest-contentful-paint": ["LCP", "lcp", "ms"],
  "total-blocking-time": ["TBT", "tbt", "ms"],
  "cumulative-layout-shift": ["CLS", "cls", ""],
};

/** A page's performance against the floor's: "−3" below it, "+1" above, "±0" level. */
const gapText = ({ performanceGap: g }) => (g > 0 ? `−${g}` : g < 0 ? `+${-g}` : "±0");

/** Where a page's performance score went against the floor's, metric by metric. */
function pointsLost(r, floor) {
  const { whole } = figures;
  const lost = figures.pointsLostAgainstFloor(r.metricScores, floor.metricScores).map(({ metric, points }) => {
    const [label, key, unit] = METRIC_NAMES[metric];
    const shown = (x) => (key === "cls" ? x[key].toFixed(3) : whole(x[key]));
    const values = key ? ` (${shown(r)}${unit && ` ${unit}`} against ${shown(floor)}${unit && ` ${unit}`})` : "";
    return `${label}${values} ${points.toFixed(1)} points`;
  });
  return `performance ${r.performance} against ${floor.performance}: ${lost.join(", ") || "rounding"}.`;
}

/**
 * Why a page's figures differ from the floor's, in the words of what was measured: the simulated run
 * (`r` against `floor`) and the run with the throttling applied (`a` against `aFloor`).
 */
function causes(name, { r, floor, a, aFloor }) {
  const { whole, lighthouseVerdicts, formatRatio } = figures;
  const v = lighthouseVerdicts(r, floor);
  const va = lighthouseVerdicts(a, aFloor);
  const out = [];
  const scriptsLine = (x) => `${x.before} of its ${x.all} scripts (${whole(x.beforeKb)} of ${whole(x.allKb)} KB) had finished loading before the paint Lighthouse took for the LCP (${whole(x.paint)} ms into the unthrottled load)`;
  if (v.lcp === "misses") {
    out.push(`simulated LCP ${whole(r.lcp)} ms against ${whole(floor.lcp)} ms: ${scriptsLine(r.scripts)}; the floor: ${scriptsLine(floor.scripts)}. A script that ran before that paint counts into the simulated LCP with its download and its run at the simulated slow network's speed, although in the real load it had arrived over loopback in a few milliseconds. With the throttling applied, the page's LCP is ${formatRatio(va.lcpRatio)} the floor's.`);
  }
  if (v.performance === "misses") out.push(`simulated ${pointsLost(r, floor)}`);
  if (va.lcp === "misses") out.push(`applied LCP ${whole(a.lcp)} ms against ${whole(aFloor.lcp)} ms (FCP ${whole(a.fcp)} against ${whole(aFloor.fcp)} ms).`);
  if (va.performance === "misses") out.push(`applied ${pointsLost(a, aFloor)}`);
  if (v.accessibility === "misses") out.push(`accessibility ${r.accessibility}: ${r.lost.filter((x) => x.startsWith("accessibility:")).join(", ")}.`);
  if (v.bestPractices === "misses") out.push(`best practices ${r["best-practices"]}: ${r.lost.filter((x) => x.startsWith("best-practices:")).join(", ")}.`);
  return out.length ? `- ${name}: ${out.join(" ")}` : `- ${name}: every target met.`;
}

/** Measures and writes "## Lighthouse (mobile)"; returns { bare, styledBare, pages }. */
export async function runLighthouse({ app, bare }) {
  const loadAtStart = os.loadavg()[0];
  const { formatRatio, lighthouseVerdicts, LIGHTHOUSE_TARGETS: T, whole } = figures;
  const all = appPages(app.planId);
  const targets = {
    bare: `${bare.base}${BARE_PAGE.path}`,
    styledBare: `${bare.base}${BARE_STYLED_PAGE.path}`,
    ...Object.fromEntries(LIGHTHOUSE_PAGES.map((name) => [name, `${app.base}${all[name].path}`])),
  };
  const dir = mkdtempSync(path.join(os.tmpdir(), "liftplan-lighthouse-"));
  const runs = { simulated: {}, applied: {} };
  for (const mode of Object.keys(runs)) for (const name of Object.keys(targets)) runs[mode][name] = [];
  try {
    // Rounds: every page once per round in each mode, so a machine that speeds up or slows down weighs on
    // all alike.
    for (let round = 0; round < RUNS; round++) {
      for (const [name, url] of Object.entries(targets)) {
        for (const mode of Object.keys(runs)) runs[mode][name].push(lighthouseWithRetry(url, dir, mode));
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const summarizeAll = (byPage) => Object.fromEntries(Object.entries(byPage).map(([k, list]) => [k, summarize(list)]));
  const result = summarizeAll(runs.simulated);
  const applied = summarizeAll(runs.applied);
  const floor = result.styledBare;
  const appliedFloor = applied.styledBare;
  const styles = await measureTextStyles({
    styledBare: { url: targets.styledBare, ready: BARE_STYLED_PAGE.ready },
    ...Object.fromEntries(LIGHTHOUSE_PAGES.map((name) => [name, { url: targets[name], ready: all[name].ready }])),
  });

  const mark = (verdict, text) => (verdict === "meets" ? `${text} meets` : `**${text}** misses`);
  const rows = LIGHTHOUSE_PAGES.map((name) => {
    const r = result[name];
    const v = lighthouseVerdicts(r, floor);
    const seo = name === "plan" && r.lost.includes("seo: is-crawlable") ? `${r.seo} (noindex on purpose)` : mark(v.seo, `${r.seo}`);
    return `| ${name} (\`${appPages("{id}")[name].path}\`) | ${whole(r.lcp)} | ${mark(v.lcp, formatRatio(v.lcpRatio))} | ${mark(v.performance, `${r.performance} (${gapText(v)})`)} | ${mark(v.accessibility, `${r.accessibility}`)} | ${mark(v.bestPractices, `${r["best-practices"]}`)} | ${seo} | ${whole(r.fcp)} | ${whole(r.tbt)} | ${r.cls.toFixed(3)} | ${styles[name].count} |`;
  });
  const reference = (label, r, s) =>
    `| ${label} | ${whole(r.lcp)} | ${formatRatio(r.lcp / floor.lcp)} | ${r.performance} | ${r.accessibility} | ${r["best-practices"]} | ${r.seo} | ${whole(r.fcp)} | ${whole(r.tbt)} | ${r.cls.toFixed(3)} | ${s ?? "—"} |`;
  const perRun = (byPage) =>
    Object.entries(byPage)
      .map(([name, r]) => `${name} ${r.runs.map((x) => `${x.performance}/${whole(x.lcp)}/${whole(x.tbt)}`).join(", ")}`)
      .join("; ");
  const appliedRows = LIGHTHOUSE_PAGES.map((name) => {
    const r = applied[name];
    const v = lighthouseVerdicts(r, appliedFloor);
    return `| ${name} | ${whole(r.lcp)} | ${mark(v.lcp, formatRatio(v.lcpRatio))} | ${mark(v.performance, `${r.performance} (${gapText(v)})`)} | ${whole(r.fcp)} | ${whole(r.tbt)} | ${r.cls.toFixed(3)} |`;
  });
  const lost = LIGHTHOUSE_PAGES.map((name) => `- ${name}: ${result[name].lost.length ? result[name].lost.map((a) => `\`${a}\``).join(", ") : "none"}; LCP element: \`${result[name].lcpElement.replaceAll("`", "'")}\``).join("\n");

  writeSection(
    "Lighthouse (mobile)",
    `Measured ${today()} with \`npm run bench -- --only=lighthouse\` (\`tests/bench/lighthouse.mjs\`), app at ${revision()}.

**Machine**: ${machineLine(loadAtStart)}.

**Method**: Lighthouse ${LIGHTHOUSE_VERSION} (\`npx --yes lighthouse@${LIGHTHOUSE_VERSION}\`, not a project dependency) with its default mobile settings — an emulated phone, simulated slow 4G and 4× CPU slowdown — driving Debian's Chromium headless (\`CHROME_PATH\`). ${RUNS} round${RUNS === 1 ? "" : "s"}, each page once per round in each throttling mode (so a machine that slows down during the run weighs on every page alike); each figure is the median of its ${RUNS} runs (\`BENCH_LIGHTHOUSE_RUNS\` sets it). The app is the production build on 127.0.0.1 (no TLS, no CDN, no HTTP/2); the plan is a fresh random one opened as a visitor. **The floor** is the bare Next.js app of "JavaScript shipped" with one change, the app's own stylesheet linked (\`/styled\` in the bare app), served by \`next start\` the same way. Targets against the floor of the same run: LCP ≤ ${formatRatio(T.lcpRatio)} the floor's, performance at most ${T.performanceBelowFloor} points below the floor's, accessibility ${T.accessibility}, best practices ≥ ${T.bestPractices} (and SEO ≥ ${T.seo} on public pages). Times in ms (simulated). "Text styles" counts the distinct font (family, size, weight) combinations of the rendered text on the first screen of a 412×823 phone: on Linux Chromium each is a font lookup before the first frame.

| page | LCP | × floor (≤ ${formatRatio(T.lcpRatio)}) | performance (− floor's) | accessibility | best practices | SEO | FCP | TBT | CLS | text styles |
|---|---|---|---|---|---|---|---|---|---|---|
${reference("**the floor**: bare page with the app's stylesheet", floor, styles.styledBare.count)}
${reference("bare page, no stylesheet (reference)", result.bare)}
${rows.join("\n")}

Each run's performance / LCP / TBT, in round order: ${perRun(result)}.

**The same loads with the throttling applied** (\`--throttling-method=devtools\`: the browser itself slows the network and the CPU while the page loads, so the figures are what was observed, not a model's estimate). Same targets, against the floor loaded the same way in the same rounds:

| page | LCP | × floor (≤ ${formatRatio(T.lcpRatio)}) | performance (− floor's) | FCP | TBT | CLS |
|---|---|---|---|---|---|---|
| **the floor**: bare page with the app's stylesheet | ${whole(appliedFloor.lcp)} | 1.00× | ${appliedFloor.performance} | ${whole(appliedFloor.fcp)} | ${whole(appliedFloor.tbt)} | ${appliedFloor.cls.toFixed(3)} |
${appliedRows.join("\n")}

Each applied run's performance / LCP / TBT, in round order: ${perRun(applied)}.

Where a target is missed, in either mode, what the run measured:
${LIGHTHOUSE_PAGES.map((name) => causes(name, { r: result[name], floor, a: applied[name], aFloor: appliedFloor })).join("\n")}

Audits that lost points (weighted audits scoring below 1, in any run), and the element Lighthouse took for the LCP:
${lost}${result.plan?.lost.includes("seo: is-crawlable") ? `

The plan page's \`is-crawlable\` loss is deliberate: a plan is a private link, so the page says \`noindex, nofollow\` (and sends no referrer). That audit alone holds SEO far below ${T.seo}; the SEO target applies to the public pages.` : ""}`,
  );
  return {
    bare: result.bare,
    styledBare: floor,
    pages: Object.fromEntries(LIGHTHOUSE_PAGES.map((n) => [n, result[n]])),
    applied: { styledBare: appliedFloor, pages: Object.fromEntries(LIGHTHOUSE_PAGES.map((n) => [n, applied[n]])) },
    styles,
  };
}
