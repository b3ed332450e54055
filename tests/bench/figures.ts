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
