// The rate limit every app instance shares: token buckets kept in a store all instances reach (the
// database: lib/plans/rate-limit-store.ts, since only lib/plans touches it).
// Client keys are stored only as an HMAC under a per-deployment secret: RATE_LIMIT_SECRET when set (the
// same value on every instance), else a random salt the first instance stores in the database. Buckets
// untouched for a whole window have refilled and are deleted, so no row outlives its use by much.
import { createHmac } from "node:crypto";
import { RATE_WINDOW_MS, retryAfterSeconds, type RateDecision, type RateLimiter } from "./token-bucket";

const CLEANUP_INTERVAL_MS = RATE_WINDOW_MS;

export interface BucketHit {
  allowed: boolean;
  /** Tokens left after this hit (fractional: the bucket refills continuously). */
  tokens: number;
}

/** Where the shared buckets live. Every instance must reach the same store. */
export interface BucketStore {
  /** Refills the bucket for the time passed, then takes one token if there is one. Atomic. */
  take(key: string, limit: number, windowMs: number, now: number): Promise<BucketHit>;
  /** Deletes buckets untouched since `before` (they have refilled completely, so they say nothing). */
  forgetBefore(before: number): Promise<number>;
  /** A random value made once per deployment and kept in the store (shared by all instances). */
  salt(): Promise<string>;
}

export interface SharedRateLimiterOptions {
  store: BucketStore;
  /** RATE_LIMIT_SECRET; undefined: use the salt stored in the database. */
  secret?: string;
  now?: () => number;
}

export class SharedRateLimiter implements RateLimiter {
  private secret: Promise<string> | undefined;
  private lastCleanup = 0;
  private readonly now: () => number;

  constructor(
    private readonly limit: number,
    private readonly options: SharedRateLimiterOptions,
  ) {
    this.now = options.now ?? Date.now;
    if (options.secret) this.secret = Promise.resolve(options.secret);
  }

  async hit(key: string): Promise<RateDecision> {
    if (this.limit <= 0) return { allowed: true };
    const now = this.now();
    const hit = await this.options.store.take(await this.hashed(key), this.limit, RATE_WINDOW_MS, now);
    await this.cleanUp(now);
    if (hit.allowed) return { allowed: true };
    return { allowed: false, retryAfterSeconds: retryAfterSeconds(hit.tokens, this.limit) };
  }

  /** The key as stored: HMAC-SHA256 under the deployment's secret, base64url. */
  async hashed(key: string): Promise<string> {
    this.secret ??= this.options.store.salt().catch((error: unknown) => {
      this.secret = undefined;
      throw error;
    });
    return createHmac("sha256", await this.secret).update(key, "utf8").digest("base64url");
  }

  // At most once a window per instance. Awaited, not left in the background: two SQLite connections in one
  // process (tests) would otherwise wait on each other's lock with the event loop blocked.
  private async cleanUp(now: number): Promise<void> {
    if (now - this.lastCleanup < CLEANUP_INTERVAL_MS) return;
    this.lastCleanup = now;
    await this.options.store.forgetBefore(now - RATE_WINDOW_MS).catch(() => undefined); // retried next window
  }
}
