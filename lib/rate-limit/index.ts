// Rate limiting: a token bucket per client key, kept in memory (one process) or in a shared store (every
// instance). The store in the database is lib/plans/rate-limit-store.ts (only lib/plans touches the
// database); lib/http/limit-plan-writes.ts puts the two together and answers 429.
export type { RateDecision, RateLimiter } from "./token-bucket";
export { MemoryRateLimiter } from "./memory-limiter";
export { SharedRateLimiter, type BucketStore } from "./shared-limiter";
export { plansPerMinute, planWriteLimiterFrom } from "./settings";
