// Figure 3, the server: throughput and p99 of the plan page and of plan creation under many concurrent
// clients on loopback against the production build, beside a static page of the same app (the baseline):
// the plan page's own HTML saved as a file under public/ and served by the same server, so the two rows
// differ only in how the page is produced. The app's smallest static file is shown as well.
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { figures } from "./ts-modules.mjs";
import { combineRounds, driveLoad, errorText } from "./http-load.mjs";
import { createPlan } from "./pages.mjs";
import { machineLine, revision, today, writeSection } from "./report.mjs";
import { randomProfile } from "../load/random-profile.mjs";

const CLIENTS = Math.max(1, Math.min(256, Number(process.env.BENCH_CLIENTS) || 32));
const SECONDS = Math.max(1, Math.min(120, Number(process.env.BENCH_SECONDS) || 10));
const PLANS = 50; // the plan page reads a random one of these, so no single row stays hot
export const STATIC_PATH = "/icon.svg"; // prerendered at build time (○ in next build's route list)
const STATIC_PAGE = "bench-static-page.html"; // written under public/ for the run, removed after it
const TARGET_SHARE = 0.5;
const ROUNDS = Math.max(1, Math.min(9, Number(process.env.BENCH_SERVER_ROUNDS) || 3));
const HTML = { "accept-language": "en", accept: "text/html,application/xhtml+xml,*/*;q=0.8" };

/**
 * Makes the plans the reads use and saves one plan page's HTML, as a visitor gets it, under public/.
 * Returns the file (for the caller to remove) and the plan ids.
 */
export async function writeStaticPage(base, root) {
  const planIds = [];
  for (let i = 0; i < PLANS; i++) planIds.push(await createPlan(base));
  const response = await fetch(`${base}/en/p/${planIds[0]}`, { headers: HTML });
  if (response.status !== 200) throw new Error(`the plan page answered ${response.status}`);
  const file = path.join(root, "public", STATIC_PAGE);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, await response.text());
  return { file, planIds };
}

/** Measures and writes "## Server throughput"; returns the rows. */
export async function runServerThroughput({ app, planIds }) {
  const loadAtStart = os.loadavg()[0];
  const { percent, ratio, verdictText, whole } = figures;
  const pick = (i) => planIds[i % planIds.length];
  const en = { headers: { "accept-language": "en" } };
  const html = { headers: HTML };
  const targets = [
    { name: `static page \`GET /${STATIC_PAGE}\`: a plan page's HTML as a file (baseline)`, key: "staticPage", request: () => [`${app.base}/${STATIC_PAGE}`, html, 200] },
    { name: `static file \`GET ${STATIC_PATH}\`, the app's smallest (for reference)`, key: "static", request: () => [`${app.base}${STATIC_PATH}`, en, 200] },
    // As a browser asks for a page (Accept: text/html), which is what the plan-page cache serves.
    { name: "plan page `GET /en/p/{id}`", key: "page", request: (i) => [`${app.base}/en/p/${pick(i)}`, html, 200] },
    // The same page rendered afresh every time: the cost of a first visit, or of the first visit after a change.
    {
      name: "plan page rendered afresh (cache bypassed)",
      key: "render",
      request: (i) => [`${app.base}/en/p/${pick(i)}`, { headers: { ...html.headers, "x-liftplan-render": "1" } }, 200],
    },
    { name: "plan API `GET /api/plans/{id}`", key: "read", request: (i) => [`${app.base}/api/plans/${pick(i)}`, en, 200] },
    {
      name: "create `POST /api/plans`",
      key: "create",
      request: (i) => [`${app.base}/api/plans`, { method: "POST", headers: { "content-type": "application/json", "accept-language": "en" }, body: JSON.stringify(randomProfile(i)) }, 201],
    },
  ];
  // Each plan's first visit renders and stores its page (the "rendered afresh" row measures that cost);
  // the plan page row measures the visits after it.
  for (const id of planIds) await fetch(`${app.base}/en/p/${id}`, { headers: HTML }).then((r) => r.arrayBuffer());
  // Every row once per round, ROUNDS rounds, so that a machine which speeds up or slows down during the
  // run weighs on the rows alike; each figure is the median of its rounds.
  const runs = Object.fromEntries(targets.map((t) => [t.key, []]));
  for (let round = 1; round <= ROUNDS; round++) {
    for (const t of targets) {
      console.log(`server: round ${round}/${ROUNDS}, ${t.key}, ${CLIENTS} clients for ${SECONDS} s…`);
      runs[t.key].push(await driveLoad({ clients: CLIENTS, seconds: SECONDS, request: t.request }));
    }
  }
  const results = Object.fromEntries(Object.entries(runs).map(([key, list]) => [key, combineRounds(list)]));
  const page = results.staticPage.perSecond;
  const file = results.static.perSecond;
  const rows = targets.map((t) => {
    const r = results[t.key];
    const share = ratio(r.perSecond, page);
    const check = t.key === "page" ? `${verdictText(share, TARGET_SHARE, "at least")}${r.errors ? ", **errors**" : ""}` : r.errors ? "**errors**" : "";
    return `| ${t.name} | ${whole(r.requests)} | ${errorText(r)} | ${whole(r.perSecond)} | ${percent(share)} | ${percent(ratio(r.perSecond, file))} | ${r.p50.toFixed(0)} | ${r.p99.toFixed(0)} | ${check} |`;
  });
  writeSection(
    "Server throughput",
    `Measured ${today()} with \`npm run bench -- --only=server\` (\`tests/bench/server-throughput.mjs\`), app at ${revision()}.

**Machine**: ${machineLine(loadAtStart)}. The load generator runs on the same machine as the server and takes a share of its CPU; the ratios matter more than the absolute figures.

**Method**: the production build (\`next start\`, one Node process, bound as \`npm start\` binds it) on a fresh SQLite file (WAL), rate limit off (\`RATE_LIMIT_PLANS_PER_MINUTE=0\`). ${CLIENTS} concurrent clients on 127.0.0.1, each sending one request after another with Node's fetch (keep-alive, gzip accepted, every body read in full) for ${SECONDS} s per row and round, after a warm-up (5 requests one at a time, then 2 s at full concurrency, not measured). Pages are asked for as a browser asks (\`Accept: text/html\`). Reads pick one of ${PLANS} stored plans in turn; creates send random valid profiles. The rows take turns: ${ROUNDS} rounds, each row once per round, so that a machine which speeds up or slows down during the run weighs on every row alike (\`BENCH_SERVER_ROUNDS\` sets it). Throughput counts successful responses (200, or 201 for create) per second, the median of the rounds (each round's rate is listed below the table); requests and errors are summed over the rounds; any other status or a transport failure is an error.

- **Baseline, a static page of the same app**: every page of the app is rendered per request (each carries its own CSP nonce), so the bench makes one: a plan page's HTML exactly as a visitor got it, saved as \`public/${STATIC_PAGE}\` for the run and served by the same server (started after the file was written, since Next lists \`public/\` at start). Like every page, Next compresses it per response. The plan page row therefore differs from it only in how the page is produced.
- **For reference, the smallest static file**: \`${STATIC_PATH}\` (a few hundred bytes): what a request costs the server when there is almost nothing to send or compress.
- **Plan page**: what a visitor gets after a plan's first visit — the page from the plan-page cache (\`lib/page-cache\`; each plan is opened once before the rows run), checked against the database on every request. **Rendered afresh**: the same request with the header the cache uses for its own renders, so every request renders the page — what a first visit, or the first visit after a change, costs.

Target: plan page ≥ ${percent(TARGET_SHARE)} of the static page's throughput, zero errors.

| request | requests | errors | per second | × static page | × smallest file | p50 ms | p99 ms | |
|---|---|---|---|---|---|---|---|---|
${rows.join("\n")}

Requests per second in each round: ${targets.map((t) => `${t.key} ${results[t.key].rounds.map(whole).join(", ")}`).join("; ")}.`,
  );
  return results;
}
