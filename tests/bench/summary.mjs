// "## Summary": every target of the performance issues in one table, from one full `npm run bench` run
// (each figure beside its baseline from the same run; Lighthouse's beside the styled floor). Written only
// when every benchmark ran.
import { figures } from "./ts-modules.mjs";
import { JS_TARGETS } from "./page-weight.mjs";
import { machineLine, revision, today, writeSection } from "./report.mjs";

export function writeSummary({ js, lighthouse, server, scale, scoring, loadAtStart }) {
  const { formatRatio, percent, ratio, verdict, whole } = figures;
  const mark = (ok) => (ok ? "meets" : "**misses**");
  const rows = [];
  for (const [name, target] of Object.entries(JS_TARGETS)) {
    const r = ratio(js.pages[name], js.bare);
    rows.push(`| JS shipped, ${name} | ${whole(js.pages[name])} B | ${whole(js.bare)} B | ${formatRatio(r)} | ≤ ${formatRatio(target)} | ${mark(verdict(r, target, "at most") === "meets")} |`);
  }
  // Lighthouse against its floor: the bare page with the app's stylesheet, measured in the same run.
  const floor = lighthouse.styledBare;
  const T = figures.LIGHTHOUSE_TARGETS;
  // Simulated (Lighthouse's default) and applied throttling: each against the floor loaded the same way.
  const aFloor = lighthouse.applied.styledBare;
  const gap = (g) => (g > 0 ? `${g} below` : g < 0 ? `${-g} above` : "equal");
  for (const [name, r] of Object.entries(lighthouse.pages)) {
    const v = figures.lighthouseVerdicts(r, floor);
    const a = lighthouse.applied.pages[name];
    const va = figures.lighthouseVerdicts(a, aFloor);
    rows.push(`| Lighthouse LCP, ${name}, simulated | ${whole(r.lcp)} ms | ${whole(floor.lcp)} ms | ${formatRatio(v.lcpRatio)} | ≤ ${formatRatio(T.lcpRatio)} | ${mark(v.lcp === "meets")} |`);
    rows.push(`| Lighthouse LCP, ${name}, applied | ${whole(a.lcp)} ms | ${whole(aFloor.lcp)} ms | ${formatRatio(va.lcpRatio)} | ≤ ${formatRatio(T.lcpRatio)} | ${mark(va.lcp === "meets")} |`);
    rows.push(`| Lighthouse performance, ${name}, simulated | ${r.performance} | ${floor.performance} | ${gap(v.performanceGap)} | at most ${T.performanceBelowFloor} below | ${mark(v.performance === "meets")} |`);
    rows.push(`| Lighthouse performance, ${name}, applied | ${a.performance} | ${aFloor.performance} | ${gap(va.performanceGap)} | at most ${T.performanceBelowFloor} below | ${mark(va.performance === "meets")} |`);
    const seoOnPurpose = name === "plan" && r.lost.includes("seo: is-crawlable");
    const ok = v.accessibility === "meets" && v.bestPractices === "meets" && (v.seo === "meets" || seoOnPurpose);
    rows.push(`| Lighthouse a11y, BP, SEO, ${name} | ${r.accessibility}, ${r["best-practices"]}, ${r.seo}${seoOnPurpose ? " (noindex on purpose)" : ""} | ${floor.accessibility}, ${floor["best-practices"]}, ${floor.seo} | — | ${T.accessibility}, ≥ ${T.bestPractices}, ≥ ${T.seo} | ${mark(ok)} |`);
  }
  const share = ratio(server.page.perSecond, server.staticPage.perSecond);
  rows.push(`| Server, plan page throughput | ${whole(server.page.perSecond)}/s, p99 ${server.page.p99.toFixed(0)} ms, ${server.page.errors} errors | ${whole(server.staticPage.perSecond)}/s, p99 ${server.staticPage.p99.toFixed(0)} ms (the same page as a static file) | ${percent(share)} | ≥ 50%, 0 errors | ${mark(verdict(share, 0.5, "at least") === "meets" && server.page.errors === 0)} |`);
  rows.push(`| Server, plan page against the smallest static file | ${whole(server.page.perSecond)}/s | ${whole(server.static.perSecond)}/s (\`/icon.svg\`) | ${percent(ratio(server.page.perSecond, server.static.perSecond))} | (reference) | — |`);
  rows.push(`| Server, plan page rendered afresh (first visit after a change) | ${whole(server.render.perSecond)}/s, p99 ${server.render.p99.toFixed(0)} ms, ${server.render.errors} errors | ${whole(server.staticPage.perSecond)}/s (static page) | ${percent(ratio(server.render.perSecond, server.staticPage.perSecond))} | (reference) | — |`);
  const createShare = ratio(server.create.perSecond, server.staticPage.perSecond);
  rows.push(`| Server, \`POST /api/plans\` | ${whole(server.create.perSecond)}/s, p99 ${server.create.p99.toFixed(0)} ms, ${server.create.errors} errors | ${whole(server.staticPage.perSecond)}/s (static page) | ${percent(createShare)} | 0 errors | ${mark(server.create.errors === 0)} |`);
  const [small, large] = scale;
  for (const [key, label] of [["api", "`GET /api/plans/{id}`"], ["page", "plan page"]]) {
    const slower = ratio(small[key].perSecond, large[key].perSecond);
    const p99 = ratio(large[key].p99, small[key].p99);
    const ok = verdict(slower, 1.2, "at most") === "meets" && verdict(p99, 1.2, "at most") === "meets";
    rows.push(`| Scale, ${label} at ${whole(large.size)} plans | ${whole(large[key].perSecond)}/s, p99 ${large[key].p99.toFixed(0)} ms | ${whole(small[key].perSecond)}/s, p99 ${small[key].p99.toFixed(0)} ms (${whole(small.size)} plans) | ${formatRatio(slower)} slower, p99 ${formatRatio(p99)} | ≤ 1.20× | ${mark(ok)} |`);
  }
  const perSecond = /([\d,]+)\/s wall/.exec(scoring)?.[1];
  rows.push(`| Scoring, full evaluations per second (one core) | ${perSecond ?? "see below"} | — | — | median under 200 µs | see "Scoring" |`);
  writeSection(
    "Summary",
    `From one full \`npm run bench\` run on ${today()}, app at ${revision()}. **Machine**: ${machineLine(loadAtStart)}. Each figure stands beside its baseline measured in the same run; the sections below give the method, every detail and, for each target missed, the measured cause. Lighthouse's rows are against the styled floor (the bare Next.js page with the app's stylesheet); "simulated" is Lighthouse's default throttling, "applied" the same throttling applied by the browser during the load.

| figure | this app | baseline | ratio | target | |
|---|---|---|---|---|---|
${rows.join("\n")}`,
  );
}
