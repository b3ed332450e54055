// The share of random profiles whose band rises within the year on the path, among those the plan could
// lift at all (below B5, nothing overdue, debt burden under 0.6, the next band within the income ceiling).
// docs/model.md quotes the figure; this test recomputes it and fails when the doc no longer matches.
import { readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Profile } from "@/lib/profile/schema";
import { BANDS, BAND_IDS, debtBurden, evaluate } from "@/lib/scoring";
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
