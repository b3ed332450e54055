// The share of random profiles whose band rises within the year on the path, among those the plan could
// lift at all (below B5, nothing overdue, debt burden under 0.6, the next band within the income ceiling).
// Also the route search's cost over the benchmark's profiles. docs/model.md quotes both figures; this test
// recomputes them and fails when the doc no longer matches.
import { readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Profile } from "@/lib/profile/schema";
import { BANDS, BAND_IDS, debtBurden, evaluate } from "@/lib/scoring";
import { SEARCH_BUDGET, Simulator, buildPath, findRoutes } from "@/lib/scoring/path";
import { recommend } from "@/lib/scoring/recommendations/recommend";
import { scoreProfile } from "@/lib/scoring/score";
import { benchmarkProfiles } from "../bench/scoring-bench";
import { validProfileArb } from "../fixtures/arbitraries";
import { PROPERTY_TIMEOUT, bandRank } from "./scoring-helpers";

const DOC = path.resolve(__dirname, "../../docs/model.md");
const SHARE_SEED = 2026;
const SHARE_PROFILES = 10_000;
/** The income ceiling of contract v2: a band's lower edge at most four months of net income. */
const CEILING_MONTHS = 4;

function liftable(p: Profile, band: string): boolean {
  const next = BAND_IDS[bandRank(band as (typeof BAND_IDS)[number]) + 1];
  return (
    next !== undefined &&
    !p.repayment.currentlyOverdue &&
    debtBurden(p) < 0.6 &&
    BANDS[next].min <= CEILING_MONTHS * p.finances.monthlyIncome
  );
}

function measure() {
  let eligible = 0;
  const risenBy: Record<number, number> = { 1: 0, 3: 0, 6: 0, 12: 0 };
  for (const p of fc.sample(validProfileArb, { numRuns: SHARE_PROFILES, seed: SHARE_SEED })) {
    const r = evaluate(p);
    if (!liftable(p, r.band.id)) continue;
    eligible++;
    for (const point of r.path.slice(1)) if (bandRank(point.band) > bandRank(r.band.id)) risenBy[point.month]!++;
  }
  const pct = (n: number) => Math.round((1000 * n) / eligible) / 10;
  return { eligible, pct: { 1: pct(risenBy[1]!), 3: pct(risenBy[3]!), 6: pct(risenBy[6]!), 12: pct(risenBy[12]!) } };
}

describe("the share of profiles whose band rises within the year", () => {
  it("is the figure docs/model.md quotes", () => {
    const { eligible, pct } = measure();
    const line =
      `Of ${eligible.toLocaleString("en-US")} such profiles, the band rises within the year for **${pct[12]}%** ` +
      `(by month 1: ${pct[1]}%, 3: ${pct[3]}%, 6: ${pct[6]}%).`;
    // The message is the line to paste into the doc.
    expect(readFileSync(DOC, "utf8").includes(line), line).toBe(true);
  }, PROPERTY_TIMEOUT);
});

describe("the route search's cost over the benchmark's profiles", () => {
  it("stays within its budget, with the figures docs/model.md quotes", () => {
    const costs: { tried: number; cut: boolean }[] = [];
    for (const p of benchmarkProfiles()) {
      const { score, band } = scoreProfile(p);
      const sim = new Simulator(p, recommend(p));
      const path = buildPath(sim, { score, band: band.id });
      findRoutes(sim, bandRank(band.id), path.slice(1).map((x) => bandRank(x.band)), costs);
    }
    const tried = costs.map((c) => c.tried).sort((a, b) => a - b);
    const cut = costs.filter((c) => c.cut).length;
    const line =
      `Over the benchmark's ${benchmarkProfiles().length.toLocaleString("en-US")} random profiles (${costs.length.toLocaleString("en-US")} bands searched), ` +
      `a band took a median of ${tried[tried.length >> 1]} subsets and at most ${tried.at(-1)}; the budget ran out ${cut} times.`;
    expect(tried.at(-1)).toBeLessThan(SEARCH_BUDGET);
    expect(readFileSync(DOC, "utf8").includes(line), line).toBe(true);
  }, PROPERTY_TIMEOUT);
});
