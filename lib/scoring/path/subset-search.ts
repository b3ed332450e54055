// The fewest steps out of a plan (bit masks) that reach a goal, searched from both ends and bounded.
//
// From below: subsets by increasing size; the first size with a subset that reaches is the fewest. From
// above: from the whole plan down, level by level, keeping only subsets that still reach (with a monotone
// model a step added never loses a band, so every reaching subset sits below a reaching one a size up);
// the last level with any is the fewest. Each round takes the cheaper end, so an easy goal is found from
// below in a few tries and a goal that needs most of the plan from above in a few more. From size 3 on,
// only subsets holding every step the goal cannot do without (dropping it from the whole plan loses the
// goal) are tried. Past SEARCH_BUDGET subsets tried, the best subset known is cut down by dropping steps one
// by one while it still reaches: no step left that could go, though not always the fewest. The whole plan
// always reaches a goal the path reaches, so there is always an answer.

/** Subsets tried per goal before the search settles for dropping steps (a few ms in the worst case). */
export const SEARCH_BUDGET = 1500;
const PRUNE_FROM_SIZE = 3;

export interface Choice {
  reaches: (mask: number) => boolean;
  /** Smaller is better; ties go to the earlier month, then to the better-ranked steps. */
  effort: (mask: number) => number;
  /** The month (index) the subset reaches the goal; only asked of subsets that reach it. */
  month: (mask: number) => number;
  /** The order in which the budget fallback tries to drop steps (bit indices). */
  dropOrder: (a: number, b: number) => number;
}

export const bitsOf = (mask: number): number[] => {
  const out: number[] = [];
  for (let i = 0; mask >>> i; i++) if (mask & (1 << i)) out.push(i);
  return out;
};

const countOf = (mask: number): number => bitsOf(mask).length;

/** Lexicographic on the ascending step indices (same size): the subset holding the lowest differing step. */
const lexBefore = (a: number, b: number): boolean => {
  const diff = a ^ b;
  return (a & diff & -diff) !== 0;
};

/** Every k-subset of `pool` (bit indices, ascending), in lexicographic order, each joined to `base`. */
function* combinations(pool: readonly number[], k: number, base: number): Generator<number> {
  if (k < 0 || k > pool.length) return;
  const at = Array.from({ length: k }, (_, i) => i);
  for (;;) {
    let mask = base;
    for (const j of at) mask |= 1 << pool[j]!;
    yield mask;
    let i = k - 1;
    while (i >= 0 && at[i] === pool.length - k + i) i--;
    if (i < 0) return;
    at[i]!++;
    for (let j = i + 1; j < k; j++) at[j] = at[j - 1]! + 1;
  }
}

function binomial(n: number, k: number): number {
  if (k < 0 || k > n) return 0;
  let c = 1;
  for (let i = 1; i <= k; i++) c = (c * (n - k + i)) / i;
  return Math.round(c);
}

export interface Found {
  mask: number;
  month: number;
  /** Subsets tried (the search's cost), and whether the budget ran out. */
  tried: number;
  cut: boolean;
}

/** The best of equally small subsets that reach: least effort, then soonest, then better-ranked steps. */
function best(candidates: Iterable<number>, c: Choice): { mask: number; month: number } | null {
  let found: { mask: number; month: number; effort: number } | null = null;
  for (const mask of candidates) {
    const effort = c.effort(mask);
    if (found && effort > found.effort) continue;
    const month = c.month(mask);
    if (
      !found ||
      effort < found.effort ||
      month < found.month ||
      (month === found.month && lexBefore(mask, found.mask))
    ) {
      found = { mask, month, effort };
    }
  }
  return found && { mask: found.mask, month: found.month };
}

/**
 * The fewest steps of `usable` that reach the goal, with its month. `atLeast`: a size known to be needed.
 * `usable` itself must reach the goal.
 */
export function fewestSteps(usable: number, atLeast: number, c: Choice): Found {
  const pool = bitsOf(usable);
  let tried = 0;
  const failed = new Set<number>();
  const reaches = (mask: number): boolean => {
    if (failed.has(mask)) return false;
    tried++;
    if (c.reaches(mask)) return true;
    failed.add(mask);
    return false;
  };
  let required = 0;
  let up = atLeast;
  let down = new Set([usable]);
  let downSize = pool.length;

  // Invariants: no subset smaller than `up` reaches; `down` holds every reaching subset of size `downSize`.
  while (up < downSize) {
    if (up >= PRUNE_FROM_SIZE && required === 0) {
      for (const i of pool) if (!reaches(usable & ~(1 << i))) required |= 1 << i;
    }
    const fixed = countOf(required);
    const free = pool.filter((i) => !(required & (1 << i)));
    const costUp = binomial(free.length, up - fixed);
    const costDown = down.size * (downSize - fixed);
    if (tried + Math.min(costUp, costDown) > SEARCH_BUDGET) return { ...cutDown(best(down, c)!.mask, c), tried, cut: true };
    if (costUp <= costDown) {
      const hits: number[] = [];
      for (const mask of combinations(free, up - fixed, required)) if (reaches(mask)) hits.push(mask);
      const found = best(hits, c);
      if (found) return { ...found, tried, cut: false };
      up++;
    } else {
      const next = new Set<number>();
      for (const mask of down) {
        for (const i of bitsOf(mask & ~required)) {
          const smaller = mask & ~(1 << i);
          if (!next.has(smaller) && reaches(smaller)) next.add(smaller);
        }
      }
      if (next.size === 0) break;
      down = next;
      downSize--;
    }
  }
  return { ...best(down, c)!, tried, cut: false };
}

/** Over budget: drop steps one by one while the subset still reaches the goal. */
function cutDown(start: number, c: Choice): { mask: number; month: number } {
  let mask = start;
  for (const i of bitsOf(mask).sort(c.dropOrder)) if (c.reaches(mask & ~(1 << i))) mask &= ~(1 << i);
  return { mask, month: c.month(mask) };
}
