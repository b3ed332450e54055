// A plain reference for the path and routes tests: the profile a year ahead under some of the plan's
// steps, built step by step from the public pieces (no masks, no caches), as docs/model.md describes it.
import type { Profile } from "@/lib/profile/schema";
import { BAND_IDS, CATALOGUE, RECOMMENDATION_IDS, scoreProfile, type Recommendation } from "@/lib/scoring";
import { DONE_BY_TIME, LATER_MONTHS, passTime, showMonth } from "@/lib/scoring/path";

export function profileAt(p: Profile, plan: readonly Recommendation[], chosen: readonly string[], month: number): Profile {
  const steps = plan.filter((s) => chosen.includes(s.id));
  const settle = steps.find((s) => s.id === "settle-overdue");
  const cleanMonths = !p.repayment.currentlyOverdue ? month : settle ? Math.max(0, month - showMonth(settle)) : 0;
  let q = passTime(p, month, { cleanMonths, applicationsPaused: chosen.includes("pause-applications") });
  for (const id of RECOMMENDATION_IDS) {
    const step = steps.find((s) => s.id === id);
    if (step && showMonth(step) <= month && !DONE_BY_TIME.has(id)) q = CATALOGUE[id].apply(q);
  }
  return q;
}

/** Does following `chosen` reach `band` at some month up to `month`? */
export function reachesBy(p: Profile, plan: readonly Recommendation[], chosen: readonly string[], band: string, month: number): boolean {
  const target = BAND_IDS.indexOf(band as (typeof BAND_IDS)[number]);
  return LATER_MONTHS.some((m) => m <= month && BAND_IDS.indexOf(scoreProfile(profileAt(p, plan, chosen, m)).band.id) >= target);
}

/** Every subset of the plan's steps, as lists of ids in the plan's order. */
export function subsets(plan: readonly Recommendation[]): string[][] {
  const out: string[][] = [];
  for (let mask = 0; mask < 2 ** plan.length; mask++) out.push(plan.filter((_, i) => mask & (1 << i)).map((s) => s.id));
  return out;
}
