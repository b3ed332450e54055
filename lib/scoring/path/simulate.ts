// The profile a year ahead under a subset of the plan's steps, scored at each month of the path. Shared by
// the path (all steps) and the routes (subsets, many of them), so both read the same numbers; a subset is
// a bit mask over the plan's steps, and each month's score is cached by the steps that matter by then.
import type { Profile } from "@/lib/profile/schema";
import { CATALOGUE, RECOMMENDATION_IDS, type RecommendationId } from "../recommendations/catalogue";
import { scoreProfile } from "../score";
import { BAND_IDS, type Effort, type Horizon, type RouteMonth } from "../types";
import { DONE_BY_TIME, PAUSES_APPLICATIONS, SETTLES_OVERDUE, showMonth } from "./show-months";
import { passTime } from "./time-passes";

/** The path's months after today. */
export const LATER_MONTHS: readonly RouteMonth[] = [1, 3, 6, 12];

export interface PlanStep {
  id: string;
  horizon: Horizon;
  effort: Effort;
}

/** Score and band (as its rank in BAND_IDS) at one month. */
export interface MonthScore {
  score: number;
  band: number;
}

const catalogueIndex = (id: string): number => {
  const at = (RECOMMENDATION_IDS as readonly string[]).indexOf(id);
  return at === -1 ? RECOMMENDATION_IDS.length : at;
};

export class Simulator {
  /** The month each step is done by, in the plan's order. */
  readonly months: readonly RouteMonth[];
  /** The steps done by each later month, as a mask. */
  readonly doneBy: readonly number[];
  /** Steps that change nothing on the path (their change is time's): never needed on a route. */
  readonly idle: number;
  private readonly settleBit: number;
  /** The month the overdue is settled by, when the plan settles it. */
  private readonly settleMonth: number;
  private readonly pauseBit: number;
  /** Steps with an apply(), in catalogue order: the order the what-if applies them in too. */
  private readonly applyOrder: readonly number[];
  private readonly aged = new Map<number, Profile>();
  private readonly applied = new Map<number, Profile>();
  private readonly scores = new Map<number, number>();

  constructor(
    private readonly today: Profile,
    readonly steps: readonly PlanStep[],
  ) {
    if (steps.length > 30) throw new Error("a plan of more than 30 steps does not fit a mask");
    this.months = steps.map(showMonth);
    const bit = (id: string): number => {
      const at = steps.findIndex((s) => s.id === id);
      return at === -1 ? 0 : 1 << at;
    };
    this.settleBit = bit(SETTLES_OVERDUE);
    const settle = steps.find((s) => s.id === SETTLES_OVERDUE);
    this.settleMonth = settle ? showMonth(settle) : 0;
    this.pauseBit = bit(PAUSES_APPLICATIONS);
    const applied = steps.map((s, i) => i).filter((i) => !DONE_BY_TIME.has(steps[i]!.id) && steps[i]!.id in CATALOGUE);
    this.applyOrder = applied.sort((a, b) => catalogueIndex(steps[a]!.id) - catalogueIndex(steps[b]!.id) || a - b);
    let idle = 0;
    steps.forEach((s, i) => {
      if (!applied.includes(i) && (1 << i) !== this.settleBit && (1 << i) !== this.pauseBit) idle |= 1 << i;
    });
    this.idle = idle;
    this.doneBy = LATER_MONTHS.map((m) => this.months.reduce((acc, sm, i) => (sm <= m ? acc | (1 << i) : acc), 0));
  }

  /** The steps of `mask` that shape the profile at a later month: those done by then, and those that change time. */
  private effective(mask: number, monthIndex: number): number {
    return mask & (this.doneBy[monthIndex]! | this.settleBit | this.pauseBit) & ~this.idle;
  }

  private agedProfile(mask: number, monthIndex: number): Profile {
    const settles = (mask & this.settleBit) !== 0;
    const pauses = (mask & this.pauseBit) !== 0;
    const key = monthIndex * 4 + (settles ? 2 : 0) + (pauses ? 1 : 0);
    let p = this.aged.get(key);
    if (!p) {
      const m = LATER_MONTHS[monthIndex]!;
      const overdue = this.today.repayment.currentlyOverdue;
      // While something is overdue the record stands still; it grows from the month the overdue is settled.
      const cleanMonths = !overdue ? m : settles ? Math.max(0, m - this.settleMonth) : 0;
      p = passTime(this.today, m, { cleanMonths, applicationsPaused: pauses });
      this.aged.set(key, p);
    }
    return p;
  }

  /** The profile at a later month (index into LATER_MONTHS) when the steps in `mask` are followed. */
  profileAt(mask: number, monthIndex: number): Profile {
    const eff = this.effective(mask, monthIndex);
    return this.withSteps(eff, eff & this.doneBy[monthIndex]!, monthIndex);
  }

  /**
   * The aged profile with the `done` steps applied in catalogue order. Built on the same profile without
   * the last of them, cached: a subset tried costs one apply(), not one per step.
   */
  private withSteps(eff: number, done: number, monthIndex: number): Profile {
    if (done === 0) return this.agedProfile(eff, monthIndex);
    const flags = (eff & this.settleBit ? 2 : 0) + (eff & this.pauseBit ? 1 : 0);
    const key = (done * 4 + flags) * 4 + monthIndex;
    let p = this.applied.get(key);
    if (!p) {
      let last = -1;
      for (const i of this.applyOrder) if (done & (1 << i)) last = i;
      const before = this.withSteps(eff, done & ~(1 << last), monthIndex);
      p = CATALOGUE[this.steps[last]!.id as RecommendationId].apply(before);
      this.applied.set(key, p);
    }
    return p;
  }

  /** Score and band at a later month when the steps in `mask` are followed (before the path's running maximum). */
  at(mask: number, monthIndex: number): MonthScore {
    const eff = this.effective(mask, monthIndex);
    const key = eff * 4 + monthIndex;
    let packed = this.scores.get(key);
    if (packed === undefined) {
      const { score, band } = scoreProfile(this.profileAt(eff, monthIndex));
      packed = score * 8 + BAND_IDS.indexOf(band.id);
      this.scores.set(key, packed);
    }
    return { score: packed >> 3, band: packed & 7 };
  }
}
