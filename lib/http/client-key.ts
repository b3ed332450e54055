import { createHash } from "node:crypto";
import { peerAddress } from "./peer-address";

/**
 * Whose requests count together for rate limiting: the address of the connection, or behind a trusted
 * proxy (TRUST_PROXY=1) the client address that proxy added to X-Forwarded-For. That is the last entry:
 * a proxy appends the address it saw, so anything before it may have been written by the client.
 * The address is hashed at once: it is never stored, logged or even kept in memory as is.
 */
export function clientKey(request: Request): string {
  const address = process.env.TRUST_PROXY === "1" ? lastForwardedFor(request) ?? peerAddress(request) : peerAddress(request);
  if (!address) return "unknown";
  return createHash("sha256").update(address).digest("base64url").slice(0, 22);
}

function lastForwardedFor(request: Request): string | null {
  const entries = request.headers.get("x-forwarded-for")?.split(",").map((part) => part.trim()).filter(Boolean) ?? [];
  return entries.at(-1) ?? null;
}
