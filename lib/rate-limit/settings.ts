// Which limiter the environment asks for: RATE_LIMIT_PLANS_PER_MINUTE, RATE_LIMIT_STORE (`database`, the
// default, or `memory` for a single instance) and RATE_LIMIT_SECRET.
import { MemoryRateLimiter } from "./memory-limiter";
import { SharedRateLimiter, type BucketStore } from "./shared-limiter";
import type { RateLimiter } from "./token-bucket";

export const DEFAULT_PLANS_PER_MINUTE = 30;

/** RATE_LIMIT_PLANS_PER_MINUTE: a whole number; 0 switches the limit off (benchmarks, trusted set-ups). */
export function plansPerMinute(value: string | undefined): number {
  if (value === undefined || value.trim() === "") return DEFAULT_PLANS_PER_MINUTE;
  const n = Number(value);
  return Number.isInteger(n) && n >= 0 ? n : DEFAULT_PLANS_PER_MINUTE;
}

/** The limiter for plan writes; `sharedStore` is called only when the shared (database) store is chosen. */
export function planWriteLimiterFrom(env: NodeJS.ProcessEnv, sharedStore: () => BucketStore): RateLimiter {
  const limit = plansPerMinute(env.RATE_LIMIT_PLANS_PER_MINUTE);
  return env.RATE_LIMIT_STORE === "memory"
    ? new MemoryRateLimiter(limit)
    : new SharedRateLimiter(limit, { store: sharedStore(), secret: env.RATE_LIMIT_SECRET || undefined });
}
