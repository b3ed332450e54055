// The rate limit kept in this process's memory (RATE_LIMIT_STORE=memory): for a single instance.
import { RATE_WINDOW_MS, retryAfterSeconds, type RateDecision, type RateLimiter } from "./token-bucket";

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
    this.perMs = limit / RATE_WINDOW_MS;
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
    return { allowed: false, retryAfterSeconds: retryAfterSeconds(bucket.tokens, this.limit) };
  }

  // A bucket that has refilled completely holds no information; dropping it bounds memory.
  private forgetIdle(now: number): void {
    for (const [key, bucket] of this.buckets) {
      if (bucket.tokens + (now - bucket.at) * this.perMs >= this.limit) this.buckets.delete(key);
    }
  }
}
