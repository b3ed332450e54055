import { createHash } from "node:crypto";

/**
 * Whose requests count together for rate limiting. Behind a trusted proxy (TRUST_PROXY=1) that is the
 * client address from X-Forwarded-For; otherwise the header could be forged, so everyone shares one key.
 * The address is hashed at once: it is never stored, logged or even kept in memory as is.
 */
export function clientKey(request: Request): string {
  if (process.env.TRUST_PROXY !== "1") return "all";
  const first = request.headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  if (!first) return "unknown";
  return createHash("sha256").update(first).digest("base64url").slice(0, 22);
}
