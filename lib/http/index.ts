// Shared request handling for the route handlers in app/api.
export { readJsonBody, isJsonContentType, MAX_BODY_BYTES, type BodyResult } from "./body";
export { apiError, API_ERRORS, type ApiErrorCode, type ApiErrorBody, type ApiIssue } from "./errors";
export { bearerToken, WWW_AUTHENTICATE } from "./auth";
export { clientKey } from "./client-key";
export { withApiErrors } from "./handler";
export { requestLocale } from "./locale";
export { publicOrigin } from "./origin";
export { json, noContent, NO_STORE } from "./respond";
export {
  MemoryRateLimiter,
  planWriteLimiter,
  plansPerMinute,
  DEFAULT_PLANS_PER_MINUTE,
  RATE_WINDOW_MS,
  type RateLimiter,
  type RateDecision,
} from "./rate-limit";
export { SharedRateLimiter, type SharedRateLimiterOptions } from "./shared-rate-limit";
export { limitPlanWrites } from "./limit-plan-writes";
export { profileJsonSchema } from "./profile-json-schema";
