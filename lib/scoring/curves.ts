// Shapes that turn an answer into a 0–1 credit. Each is monotone on its own, so a factor built from one
// keeps the "better when" promise as long as its input moves the right way.

export const clamp01 = (x: number): number => (x <= 0 ? 0 : x >= 1 ? 1 : x);

/** Rises fast, then flattens: 1 − e^(−x/k). Half the credit at x ≈ 0.7·k. */
export const saturate = (x: number, k: number): number => clamp01(1 - Math.exp(-Math.max(0, x) / k));

/** Logarithmic with a ceiling: full credit at `full`, diminishing returns before it. */
export const logUpTo = (x: number, full: number): number => clamp01(Math.log1p(Math.max(0, x)) / Math.log1p(full));

/** Full credit up to `good`, none from `bad` on, a straight line between (for "lower is better"). */
export const fallsBetween = (x: number, good: number, bad: number): number =>
  x <= good ? 1 : x >= bad ? 0 : clamp01((bad - x) / (bad - good));

export const credit = (yes: boolean): number => (yes ? 1 : 0);
