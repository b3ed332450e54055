// The rate limit's rule, shared by both limiters: a token bucket per client key, holding `limit` tokens and
// refilled evenly over RATE_WINDOW_MS; each request takes one token or is refused.

/** A full bucket refills over this window: `limit` requests per minute. */
export const RATE_WINDOW_MS = 60_000;

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export interface RateLimiter {
  hit(key: string): Promise<RateDecision>;
}

/** Whole seconds (at least 1) until a bucket holding `tokens` (< 1) has refilled to one token. */
export function retryAfterSeconds(tokens: number, limit: number): number {
  const perMs = limit / RATE_WINDOW_MS;
  return Math.max(1, Math.ceil((1 - tokens) / perMs / 1000));
}
