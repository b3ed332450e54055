// The path (a year ahead if the plan is followed) and the routes (the fewest steps to each band it
// reaches), over thousands of random profiles, against a plain reference (scoring-path-reference.ts).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Profile } from "@/lib/profile/schema";
import { BAND_IDS, EFFORT_WEIGHTS, PATH_MONTHS, evaluate, type Result } from "@/lib/scoring";
import { showMonth } from "@/lib/scoring/path";
import { validProfileArb } from "../fixtures/arbitraries";
import { graduate } from "../fixtures/personas-v2";
import { profileAt, reachesBy, subsets } from "./scoring-path-reference";
import { PROPERTY_TIMEOUT, bandRank } from "./scoring-helpers";

const MANY = { numRuns: 2000, seed: 130 } as const;

const monthOf = (r: Result, id: string): number => showMonth(r.recommendations.find((s) => s.id === id)!);

describe("the path", () => {
  it("has months 0, 1, 3, 6 and 12, and month 0 is today's score and band", () => {
    fc.assert(
      fc.property(validProfileArb, (p) => {
        const r = evaluate(p);
        expect(r.path.map((x) => x.month)).toEqual([...PATH_MONTHS]);
        expect(r.path[0]).toEqual({ month: 0, score: r.score, band: r.band.id, done: [] });
      }),
      MANY,
    );
  }, PROPERTY_TIMEOUT);

  it("never falls: score and band each rise or hold from one month to the next", () => {
    fc.assert(
      fc.property(validProfileArb, (p) => {
        const { path } = evaluate(p);
        for (let i = 1; i < path.length; i++) {
          expect(path[i]!.score).toBeGreaterThanOrEqual(path[i - 1]!.score);
          expect(bandRank(path[i]!.band)).toBeGreaterThanOrEqual(bandRank(path[i - 1]!.band));
        }
      }),
      MANY,
    );
  }, PROPERTY_TIMEOUT);

  it("does each recommended step by its month and only those; a step done stays done", () => {
    fc.assert(
      fc.property(validProfileArb, (p) => {
        const r = evaluate(p);
        const ids = r.recommendations.map((s) => s.id);
        for (let i = 1; i < r.path.length; i++) {
          const { month, done } = r.path[i]!;
          expect(new Set(done).size).toBe(done.length);
          for (const id of r.path[i - 1]!.done) expect(done).toContain(id);
          expect([...done].sort()).toEqual(ids.filter((id) => monthOf(r, id) <= month).sort());
        }
        expect([...r.path[4]!.done].sort()).toEqual([...ids].sort());
      }),
      MANY,
    );
  }, PROPERTY_TIMEOUT);

  it("shows what the whole plan gives at each month, or the month before when that is higher", () => {
    fc.assert(
      fc.property(validProfileArb, (p) => {
        const r = evaluate(p);
        const all = r.recommendations.map((s) => s.id);
        const own = r.path.slice(1).map((x) => evaluate(profileAt(p, r.recommendations, all, x.month)));
        own.forEach((o, i) => {
          const point = r.path[i + 1]!;
          const before = r.path[i]!;
          expect(point.score).toBe(Math.max(before.score, o.score));
          expect(point.band).toBe(BAND_IDS[Math.max(bandRank(before.band), bandRank(o.band.id))]);
        });
      }),
      { numRuns: 500, seed: 131 },
    );
  }, PROPERTY_TIMEOUT);

  it("settles an overdue only by the plan's settle-overdue step: every route out of B0 holds it", () => {
    const overdueArb = validProfileArb.map((p) => ({ ...p, repayment: { ...p.repayment, currentlyOverdue: true } }));
    let routes = 0;
    fc.assert(
      fc.property(overdueArb, (p) => {
        const r = evaluate(p);
        expect(r.path[1]!.done).toContain("settle-overdue");
        for (const route of r.routes) {
          routes++;
          expect(route.steps[0]).toBe("settle-overdue");
        }
      }),
      { numRuns: 500, seed: 135 },
    );
    expect(routes).toBeGreaterThan(100);
  }, PROPERTY_TIMEOUT);
});

describe("routes", () => {
  it("give one route for each band above today's up to the path's band at month 12, in order", () => {
    fc.assert(
      fc.property(validProfileArb, (p) => {
        const r = evaluate(p);
        const from = bandRank(r.band.id);
        const to = bandRank(r.path[4]!.band);
        expect(r.routes.map((x) => x.band)).toEqual(BAND_IDS.slice(from + 1, to + 1));
      }),
      MANY,
    );
  }, PROPERTY_TIMEOUT);

  it("reach their band on the whole plan's path by their month, with recommended steps in the order they are done", () => {
    fc.assert(
      fc.property(validProfileArb, (p) => {
        const r = evaluate(p);
        const ids = r.recommendations.map((s) => s.id);
        for (const route of r.routes) {
          const point = r.path.find((x) => x.month === route.month)!;
          expect(bandRank(point.band)).toBeGreaterThanOrEqual(bandRank(route.band));
          expect(new Set(route.steps).size).toBe(route.steps.length);
          for (const id of route.steps) expect(ids).toContain(id);
          const months = route.steps.map((id) => monthOf(r, id));
          expect(months).toEqual([...months].sort((a, b) => a - b));
        }
      }),
      MANY,
    );
  }, PROPERTY_TIMEOUT);

  it("reach their band by their month with their steps alone, not sooner, and no step could be dropped", () => {
    fc.assert(
      fc.property(validProfileArb, (p) => {
        const r = evaluate(p);
        for (const route of r.routes) {
          expect(reachesBy(p, r.recommendations, route.steps, route.band, route.month)).toBe(true);
          const earlier = PATH_MONTHS.filter((m) => m > 0 && m < route.month).at(-1);
          const pathThere = r.path.find((x) => x.month === earlier);
          // Not sooner: unless the whole plan's path only shows the band at the route's month.
          if (earlier !== undefined && bandRank(pathThere!.band) >= bandRank(route.band)) {
            expect(reachesBy(p, r.recommendations, route.steps, route.band, earlier)).toBe(false);
          }
          for (const id of route.steps) {
            const fewer = route.steps.filter((s) => s !== id);
            expect(reachesBy(p, r.recommendations, fewer, route.band, route.month), `${route.band} without ${id}`).toBe(false);
          }
        }
      }),
      { numRuns: 1500, seed: 132 },
    );
  }, PROPERTY_TIMEOUT);

  it("are the fewest steps, then the least effort, against every subset of small plans", () => {
    const profiles = fc
      .sample(validProfileArb, { numRuns: 3000, seed: 133 })
      .map((p) => ({ p, r: evaluate(p) }))
      .filter(({ r }) => r.routes.length > 0 && r.recommendations.length <= 9)
      .slice(0, 150);
    expect(profiles.length).toBe(150);
    const effort = (r: Result, ids: readonly string[]) =>
      ids.reduce((sum, id) => sum + EFFORT_WEIGHTS[r.recommendations.find((s) => s.id === id)!.effort], 0);
    let multiStep = 0;
    for (const { p, r } of profiles) {
      const all = subsets(r.recommendations);
      for (const route of r.routes) {
        if (route.steps.length > 1) multiStep++;
        const reaching = all.filter((s) => reachesBy(p, r.recommendations, s, route.band, 12));
        const fewest = Math.min(...reaching.map((s) => s.length));
        expect(route.steps.length, `${route.band} ${JSON.stringify(route.steps)}`).toBe(fewest);
        const cheapest = reaching.filter((s) => s.length === fewest);
        const least = Math.min(...cheapest.map((s) => effort(r, s)));
        expect(effort(r, route.steps)).toBe(least);
        // Then the soonest: the first month the steps reach the band and the whole plan's path shows it.
        const monthFor = (s: string[]) =>
          PATH_MONTHS.find(
            (m) => m > 0 && bandRank(r.path.find((x) => x.month === m)!.band) >= bandRank(route.band) && reachesBy(p, r.recommendations, s, route.band, m),
          )!;
        const soonest = Math.min(...cheapest.filter((s) => effort(r, s) === least).map(monthFor));
        expect(route.month).toBe(soonest);
      }
    }
    // The comparison must cover routes with a choice to make, not only single steps.
    expect(multiStep).toBeGreaterThan(20);
  }, PROPERTY_TIMEOUT);

  it("are the fewest steps for the largest plans too, where the search prunes (10 steps or more)", () => {
    const profiles = fc
      .sample(validProfileArb, { numRuns: 4000, seed: 136 })
      .map((p) => ({ p, r: evaluate(p) }))
      .filter(({ r }) => r.routes.some((x) => x.steps.length >= 3) && r.recommendations.length >= 10)
      .slice(0, 8);
    expect(profiles.length).toBe(8);
    for (const { p, r } of profiles) {
      const all = subsets(r.recommendations);
      for (const route of r.routes) {
        const smaller = all.filter((s) => s.length < route.steps.length);
        expect(smaller.some((s) => reachesBy(p, r.recommendations, s, route.band, 12)), `${route.band}`).toBe(false);
      }
    }
  }, PROPERTY_TIMEOUT);

  it("say so when time alone reaches a band: a route with no steps", () => {
    // The graduate's thin record (three months on time) holds the band at B2; three more clean months lift it.
    const r = evaluate(graduate);
    const timeAlone = r.routes.find((x) => x.steps.length === 0);
    expect(timeAlone).toBeDefined();
    expect(reachesBy(graduate, r.recommendations, [], timeAlone!.band, timeAlone!.month)).toBe(true);
  });
});

describe("the year ahead", () => {
  it("is deterministic: the same profile, or a copy of it, gives the same path and routes", () => {
    fc.assert(
      fc.property(validProfileArb, (p: Profile) => {
        const a = evaluate(p);
        const b = evaluate(structuredClone(p));
        expect(b.path).toEqual(a.path);
        expect(b.routes).toEqual(a.routes);
      }),
      { numRuns: 1000, seed: 134 },
    );
  }, PROPERTY_TIMEOUT);
});
