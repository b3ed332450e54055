// The plan-page cache as proxy.ts sees it: one call per page request. A browser's plain GET of a plan
// page is answered from a stored render of the plan as it is now (with this response's nonce), or sent
// on to the cache route (app/[locale]/p/[id]/cached/route.ts, cache-route.ts), which renders and stores
// it; anything else is not the cache's business. PLAN_PAGE_CACHE_MB=0 turns the cache off.
import { NextResponse, type NextRequest } from "next/server";
import { publicOrigin } from "@/lib/http/origin";
import { planPageCacheOn } from "./availability";
import { planPageState } from "./current-plan-page";
import { encodePlanVersion } from "./plan-version";
import { FROM_PROXY_HEADER, PLAN_VERSION_HEADER, proxySecret } from "./protocol";
import { planPageRequest } from "./route-match";
import { storedPageResponse } from "./stored-response";

interface PageRequest {
  /** This response's CSP nonce and the policy that names it. */
  nonce: string;
  csp: string;
  /** The request headers the proxy passes on; the cache's own headers are taken out (a visitor cannot send them). */
  forwarded: Headers;
}

/** The response for a plan page the cache answers or routes; null for any other request (the proxy carries on). */
export async function planPageCache(request: NextRequest, { nonce, csp, forwarded }: PageRequest): Promise<Response | null> {
  // Next serves a rewrite itself, except when it was started on a loopback address (`next start -H
  // 127.0.0.1`: it then names its own origin "localhost" and takes the rewrite for another site) — then
  // the rewrite comes back over HTTP, through the proxy again: let it through as it is, nonce and all.
  if (request.headers.get(FROM_PROXY_HEADER) === proxySecret()) return NextResponse.next();
  forwarded.delete(FROM_PROXY_HEADER);
  forwarded.delete(PLAN_VERSION_HEADER);
  const planPage = planPageCacheOn() ? planPageRequest(request) : null;
  if (!planPage) return null;
  // Answering here skips the rewrite and the route (about a quarter of a hit's cost in the server bench).
  const { version, page } = await planPageState({ locale: planPage.locale, id: planPage.id, origin: publicOrigin() });
  if (page) {
    const response = storedPageResponse(page, nonce, "hit");
    response.headers.set("Content-Security-Policy", csp);
    return response;
  }
  // On a miss the route renders and stores the page under the version read here, without reading it again.
  forwarded.set(FROM_PROXY_HEADER, proxySecret());
  if (version !== undefined) forwarded.set(PLAN_VERSION_HEADER, encodePlanVersion(version));
  const target = request.nextUrl.clone();
  target.pathname = planPage.cachePath;
  const rewrite = NextResponse.rewrite(target, { request: { headers: forwarded } });
  rewrite.headers.set("Content-Security-Policy", csp);
  return rewrite;
}
