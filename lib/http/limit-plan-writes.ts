import type { Locale } from "@/lib/i18n/routing";
import { clientKey } from "./client-key";
import { apiError } from "./errors";
import { planWriteLimiter } from "./rate-limit";

/** A 429 with Retry-After when this client saves plans too fast, else null (go ahead). */
export async function limitPlanWrites(request: Request, locale: Locale): Promise<Response | null> {
  const decision = await planWriteLimiter().hit(clientKey(request));
  if (decision.allowed) return null;
  const seconds = decision.retryAfterSeconds;
  return apiError(locale, "rate_limited", { values: { seconds }, headers: { "retry-after": String(seconds) } });
}
