/** A full rate-limit bucket refills over this window: `limit` requests per minute. */
export const RATE_WINDOW_MS = 60_000;
