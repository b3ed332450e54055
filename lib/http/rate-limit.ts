// Limits how fast one client can save plans (POST /api/plans, PATCH /api/plans/{id}).
// Two implementations of one interface: SharedRateLimiter (shared-rate-limit.ts, buckets in the database,
// the default, so several app instances share one limit) and MemoryRateLimiter here (one process only).
import { databaseBucketStore } from "@/lib/plans/rate-buckets";
import { RATE_WINDOW_MS as WINDOW_MS } from "./rate-window";
import { SharedRateLimiter } from "./shared-rate-limit";

export { RATE_WINDOW_MS } from "./rate-window";

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export interface RateLimiter {
  hit(key: string): Promise<RateDecision>;
}

const MAX_KEYS = 10_000;

interface Bucket {
  tokens: number;
  at: number;
}

/** A token bucket per key: `limit` requests at once, refilled evenly over a minute. */
export class MemoryRateLimiter implements RateLimiter {
  private readonly buckets = new Map<string, Bucket>();
  private readonly perMs: number;

  constructor(
    private readonly limit: number,
    private readonly now: () => number = Date.now,
  ) {
    this.perMs = limit / WINDOW_MS;
  }

  async hit(key: string): Promise<RateDecision> {
    if (this.limit <= 0) return { allowed: true };
    const now = this.now();
    const bucket = this.buckets.get(key) ?? { tokens: this.limit, at: now };
    bucket.tokens = Math.min(this.limit, bucket.tokens + (now - bucket.at) * this.perMs);
    bucket.at = now;
    if (!this.buckets.has(key)) {
      if (this.buckets.size >= MAX_KEYS) this.forgetIdle(now);
      this.buckets.set(key, bucket);
    }
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { allowed: true };
    }
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / this.perMs / 1000)) };
  }

  // A bucket that has refilled completely holds no information; dropping it bounds memory.
  private forgetIdle(now: number): void {
    for (const [key, bucket] of this.buckets) {
      if (bucket.tokens + (now - bucket.at) * this.perMs >= this.limit) this.buckets.delete(key);
    }
  }
}

export const DEFAULT_PLANS_PER_MINUTE = 30;

/** RATE_LIMIT_PLANS_PER_MINUTE: a whole number; 0 switches the limit off (benchmarks, trusted set-ups). */
export function plansPerMinute(value: string | undefined): number {
  if (value === undefined || value.trim() === "") return DEFAULT_PLANS_PER_MINUTE;
  const n = Number(value);
  return Number.isInteger(n) && n >= 0 ? n : DEFAULT_PLANS_PER_MINUTE;
}

let planWrites: RateLimiter | undefined;

/**
 * The limiter for plan writes, created on first use from the environment: RATE_LIMIT_PLANS_PER_MINUTE,
 * RATE_LIMIT_STORE (`database`, the default, or `memory` for a single instance) and RATE_LIMIT_SECRET.
 */
export function planWriteLimiter(): RateLimiter {
  const limit = plansPerMinute(process.env.RATE_LIMIT_PLANS_PER_MINUTE);
  planWrites ??=
    process.env.RATE_LIMIT_STORE === "memory"
      ? new MemoryRateLimiter(limit)
      : new SharedRateLimiter(limit, { store: databaseBucketStore(), secret: process.env.RATE_LIMIT_SECRET || undefined });
  return planWrites;
}
