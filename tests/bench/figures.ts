// The arithmetic and wording of the benchmark tables: ratios against a baseline, targets met or not,
// throughput and latency from raw timings. Pure, so it is unit-tested (tests/unit/bench-figures.test.ts).
import { percentile } from "./stats";

/** value / baseline; refuses a baseline that would make the ratio meaningless. */
export function ratio(value: number, baseline: number): number {
  if (!(Number.isFinite(value) && Number.isFinite(baseline)) || baseline <= 0) {
    throw new Error(`no ratio of ${value} against a baseline of ${baseline}`);
  }
  return value / baseline;
}

/** "1.14×": two decimals, rounded half up, so a table reads the same as the check beside it. */
export const formatRatio = (x: number): string => `${(Math.round(x * 100) / 100).toFixed(2)}×`;

/** A whole number with thousands separators: 153,116. */
export const whole = (x: number): string => Math.round(x).toLocaleString("en-US");

/** Percent of a baseline: 0.4731 → "47%". */
export const percent = (x: number): string => `${Math.round(x * 100)}%`;

export type Verdict = "meets" | "misses";

/** Whether `value` is on the right side of `limit` ("at most" or "at least"). Compares what is shown. */
export function verdict(value: number, limit: number, kind: "at most" | "at least"): Verdict {
  const shown = Math.round(value * 100) / 100;
  return (kind === "at most" ? shown <= limit : shown >= limit) ? "meets" : "misses";
}

/** "meets", "**misses** (−12% needed)" or "**misses** (needs 2.50× as much)": how far from the limit. */
export function verdictText(value: number, limit: number, kind: "at most" | "at least"): string {
  if (verdict(value, limit, kind) === "meets") return "meets";
  if (kind === "at least") return `**misses** (needs ${formatRatio(limit / value)} as much)`;
  return `**misses** (−${Math.ceil((1 - limit / value) * 100)}% needed)`;
}

export interface LoadTimings {
  seconds: number; // wall time of the measured window
  latenciesMs: readonly number[]; // one per successful request
  errors: number; // failed requests (transport errors and unexpected statuses)
}

export interface LoadSummary {
  requests: number;
  errors: number;
  perSecond: number;
  p50: number;
  p99: number;
}

/** Successful requests per second, and nearest-rank p50/p99 latency in ms (0 when nothing succeeded). */
export function summarizeLoad({ seconds, latenciesMs, errors }: LoadTimings): LoadSummary {
  if (!(seconds > 0)) throw new Error(`a load window of ${seconds} s`);
  const ok = latenciesMs.length;
  return {
    requests: ok + errors,
    errors,
    perSecond: ok / seconds,
    p50: ok ? percentile(latenciesMs, 50) : 0,
    p99: ok ? percentile(latenciesMs, 99) : 0,
  };
}

export const BENCHMARKS = ["scoring", "js", "lighthouse", "server", "scale"] as const;
export type Benchmark = (typeof BENCHMARKS)[number];

/**
 * Which benchmarks a command line asks for: all by default, or `--only=js,server` (also `--only js`).
 * Unknown names are an error, so a typo does not silently run nothing.
 */
export function selectedBenchmarks(argv: readonly string[]): Benchmark[] {
  const index = argv.findIndex((a) => a === "--only" || a.startsWith("--only="));
  if (index === -1) return [...BENCHMARKS];
  const arg = argv[index] as string;
  const value = arg.includes("=") ? arg.slice(arg.indexOf("=") + 1) : (argv[index + 1] ?? "");
  const names = value.split(",").map((s) => s.trim()).filter(Boolean);
  if (names.length === 0) throw new Error(`--only needs one or more of: ${BENCHMARKS.join(", ")}`);
  for (const name of names) {
    if (!(BENCHMARKS as readonly string[]).includes(name)) {
      throw new Error(`unknown benchmark "${name}"; choose from: ${BENCHMARKS.join(", ")}`);
    }
  }
  return BENCHMARKS.filter((b) => names.includes(b));
}

/** The Lighthouse figures of one page (medians over the runs). */
export interface LighthouseFigures {
  performance: number;
  accessibility: number;
  "best-practices": number;
  seo: number;
  lcp: number;
  fcp: number;
  tbt: number;
  cls: number;
}

// Against the styled floor (the bare page with the app's stylesheet) measured in the same run.
export const LIGHTHOUSE_TARGETS = { lcpRatio: 1.2, performanceBelowFloor: 2, accessibility: 100, bestPractices: 95, seo: 90 } as const;

export interface LighthouseVerdicts {
  lcpRatio: number;
  lcp: Verdict;
  /** Points below the floor's performance score (negative: above it). */
  performanceGap: number;
  performance: Verdict;
  accessibility: Verdict;
  bestPractices: Verdict;
  seo: Verdict;
}

/** Each Lighthouse target of a page, judged against the floor's figures from the same run. */
export function lighthouseVerdicts(page: LighthouseFigures, floor: LighthouseFigures): LighthouseVerdicts {
  const t = LIGHTHOUSE_TARGETS;
  const lcpRatio = ratio(page.lcp, floor.lcp);
  const performanceGap = floor.performance - page.performance;
  const judge = (ok: boolean): Verdict => (ok ? "meets" : "misses");
  return {
    lcpRatio,
    lcp: verdict(lcpRatio, t.lcpRatio, "at most"),
    performanceGap,
    performance: judge(performanceGap <= t.performanceBelowFloor),
    accessibility: judge(page.accessibility >= t.accessibility),
    bestPractices: judge(page["best-practices"] >= t.bestPractices),
    seo: judge(page.seo >= t.seo),
  };
}

/** Lighthouse's performance metrics and their weights in the score (Lighthouse 12, mobile). */
export const PERFORMANCE_WEIGHTS = {
  "first-contentful-paint": 10,
  "speed-index": 10,
  "largest-contentful-paint": 25,
  "total-blocking-time": 30,
  "cumulative-layout-shift": 25,
} as const;
export type PerformanceMetric = keyof typeof PERFORMANCE_WEIGHTS;

/**
 * Where a page's performance score went compared with the floor's: points lost per metric (metric score
 * 0–1 times its weight, the floor's minus the page's), the largest first; only metrics that lost some.
 */
export function pointsLostAgainstFloor(
  page: Record<PerformanceMetric, number>,
  floor: Record<PerformanceMetric, number>,
): { metric: PerformanceMetric; points: number }[] {
  return (Object.keys(PERFORMANCE_WEIGHTS) as PerformanceMetric[])
    .map((metric) => ({ metric, points: (floor[metric] - page[metric]) * PERFORMANCE_WEIGHTS[metric] }))
    .filter((x) => x.points >= 0.5)
    .sort((a, b) => b.points - a.points);
}
