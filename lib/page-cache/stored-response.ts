// A stored plan page as a response with this request's nonce, for the proxy (a current page, answered
// without the rewrite) and for the cache route (a page it has just rendered or found stored).
import { joinWithNonce } from "./nonce-pieces";
import { restamp } from "./nonce";
import type { CachedPage } from "./plan-page-store";
import { CACHE_STATUS_HEADER, cacheStatusHeaderOn } from "./protocol";

export function storedPageResponse(page: CachedPage, nonce: string, status: "hit" | "miss"): Response {
  const headers = new Headers(page.headers.map(([name, value]): [string, string] => [name, restamp(value, page.nonce, nonce)]));
  if (cacheStatusHeaderOn()) headers.set(CACHE_STATUS_HEADER, status);
  // Next compresses it as it does any page (it drops a Content-Encoding set here).
  return new Response(new Uint8Array(joinWithNonce(page.body, nonce)), { status: 200, headers });
}
