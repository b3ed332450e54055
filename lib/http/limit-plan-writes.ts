import type { Locale } from "@/lib/i18n/routing";
import { databaseBucketStore } from "@/lib/plans/rate-limit-store";
import { planWriteLimiterFrom, type RateDecision, type RateLimiter } from "@/lib/rate-limit";
import { clientKey } from "./client-key";
import { apiError } from "./errors";

let planWrites: RateLimiter | undefined;

/** The limiter for plan writes (POST /api/plans, PATCH /api/plans/{id}), made from the environment on first use. */
function planWriteLimiter(): RateLimiter {
  planWrites ??= planWriteLimiterFrom(process.env, () => databaseBucketStore());
  return planWrites;
}

/**
 * A 429 with Retry-After when this client saves plans too fast, else null (go ahead). When the limit's
 * store cannot answer, the request goes ahead: the write itself will fail loudly if the database is down,
 * and a busy moment must not turn every save into an error.
 */
export async function limitPlanWrites(request: Request, locale: Locale): Promise<Response | null> {
  let decision: RateDecision;
  try {
    decision = await planWriteLimiter().hit(clientKey(request));
  } catch (error) {
    console.error(`[api] rate limit unavailable: ${error instanceof Error ? error.name : typeof error}`);
    return null;
  }
  if (decision.allowed) return null;
  const seconds = decision.retryAfterSeconds;
  return apiError(locale, "rate_limited", { values: { seconds }, headers: { "retry-after": String(seconds) } });
}
