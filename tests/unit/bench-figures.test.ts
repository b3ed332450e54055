// The benchmark tables' arithmetic: a wrong ratio or verdict here would be a wrong claim in the docs.
import { describe, expect, it } from "vitest";
import { formatRatio, lighthouseVerdicts, percent, pointsLostAgainstFloor, ratio, selectedBenchmarks, summarizeLoad, verdict, verdictText, whole } from "../bench/figures";

describe("ratios against a baseline", () => {
  it("divides by the baseline and formats with two decimals", () => {
    expect(ratio(205_743, 134_580)).toBeCloseTo(1.5288, 4);
    expect(formatRatio(ratio(205_743, 134_580))).toBe("1.53×");
    expect(formatRatio(1)).toBe("1.00×");
    expect(formatRatio(1.105)).toBe("1.11×");
    expect(whole(153_116.4)).toBe("153,116");
    expect(percent(0.4731)).toBe("47%");
  });

  it("refuses a baseline that makes the ratio meaningless", () => {
    expect(() => ratio(1, 0)).toThrow();
    expect(() => ratio(1, -2)).toThrow();
    expect(() => ratio(Number.NaN, 1)).toThrow();
  });
});

describe("verdicts", () => {
  it("judges what the table shows (two decimals), on the right side of the limit", () => {
    expect(verdict(1.104, 1.1, "at most")).toBe("meets"); // shown as 1.10×
    expect(verdict(1.106, 1.1, "at most")).toBe("misses"); // shown as 1.11×
    expect(verdict(0.5, 0.5, "at least")).toBe("meets");
    expect(verdict(0.49, 0.5, "at least")).toBe("misses");
  });

  it("says how far a miss is", () => {
    expect(verdictText(1.19, 1.25, "at most")).toBe("meets");
    expect(verdictText(1.53, 1.4, "at most")).toBe("**misses** (−9% needed)"); // 1 − 1.4/1.53 = 8.5%
    expect(verdictText(0.25, 0.5, "at least")).toBe("**misses** (needs 2.00× as much)");
  });
});

describe("summarizeLoad", () => {
  it("counts successes per second and takes nearest-rank percentiles", () => {
    const latenciesMs = Array.from({ length: 200 }, (_, i) => 200 - i); // 200 … 1
    const s = summarizeLoad({ seconds: 10, latenciesMs, errors: 3 });
    expect(s).toEqual({ requests: 203, errors: 3, perSecond: 20, p50: 100, p99: 198 });
  });

  it("reports zero latency when nothing succeeded, and refuses an empty window", () => {
    expect(summarizeLoad({ seconds: 1, latenciesMs: [], errors: 5 })).toEqual({ requests: 5, errors: 5, perSecond: 0, p50: 0, p99: 0 });
    expect(() => summarizeLoad({ seconds: 0, latenciesMs: [1], errors: 0 })).toThrow();
  });
});

describe("selectedBenchmarks", () => {
  it("runs everything by default, in a fixed order", () => {
    expect(selectedBenchmarks([])).toEqual(["scoring", "js", "lighthouse", "server", "scale"]);
  });

  it("takes --only=a,b and --only a", () => {
    expect(selectedBenchmarks(["--only=server,js"])).toEqual(["js", "server"]);
    expect(selectedBenchmarks(["--skip-build", "--only", "scale"])).toEqual(["scale"]);
  });

  it("rejects an unknown or empty choice instead of running nothing", () => {
    expect(() => selectedBenchmarks(["--only=jss"])).toThrow(/unknown benchmark "jss"/);
    expect(() => selectedBenchmarks(["--only="])).toThrow();
  });
});

describe("Lighthouse against the styled floor", () => {
  const floor = { performance: 95, accessibility: 100, "best-practices": 96, seo: 100, lcp: 1000, fcp: 800, tbt: 250, cls: 0 };

  it("meets when LCP is at most 1.20× the floor's, performance at most 2 below, a11y 100, BP ≥ 95", () => {
    const v = lighthouseVerdicts({ ...floor, performance: 93, lcp: 1204, "best-practices": 95 }, floor);
    expect(v).toMatchObject({ lcp: "meets", performance: "meets", accessibility: "meets", bestPractices: "meets", seo: "meets", performanceGap: 2 });
    expect(v.lcpRatio).toBeCloseTo(1.204, 3);
  });

  it("misses each target on its own", () => {
    expect(lighthouseVerdicts({ ...floor, lcp: 1206 }, floor).lcp).toBe("misses"); // shown as 1.21×
    expect(lighthouseVerdicts({ ...floor, performance: 92 }, floor)).toMatchObject({ performance: "misses", performanceGap: 3 });
    expect(lighthouseVerdicts({ ...floor, accessibility: 98 }, floor).accessibility).toBe("misses");
    expect(lighthouseVerdicts({ ...floor, "best-practices": 94 }, floor).bestPractices).toBe("misses");
    expect(lighthouseVerdicts({ ...floor, seo: 60 }, floor).seo).toBe("misses");
    // Above the floor is fine too.
    expect(lighthouseVerdicts({ ...floor, performance: 99 }, floor)).toMatchObject({ performance: "meets", performanceGap: -4 });
  });

  it("says which metrics cost the points the floor kept, the largest first", () => {
    const f = { "first-contentful-paint": 0.9, "speed-index": 1, "largest-contentful-paint": 0.8, "total-blocking-time": 0.9, "cumulative-layout-shift": 1 };
    const p = { ...f, "largest-contentful-paint": 0.6, "total-blocking-time": 0.7, "speed-index": 0.98 };
    expect(pointsLostAgainstFloor(p, f)).toEqual([
      { metric: "total-blocking-time", points: expect.closeTo(6, 5) },
      { metric: "largest-contentful-paint", points: expect.closeTo(5, 5) },
    ]);
    expect(pointsLostAgainstFloor(f, f)).toEqual([]);
  });
});
