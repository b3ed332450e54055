import createMiddleware from "next-intl/middleware";
import { NextRequest, NextResponse } from "next/server";
import { routing } from "./lib/i18n/routing";
import { FROM_PROXY_HEADER, proxySecret } from "./lib/page-cache/protocol";
import { planPageCacheOn } from "./lib/page-cache/availability";
import { currentPlanPage } from "./lib/page-cache/current-plan-page";
import { planPageRequest } from "./lib/page-cache/route-match";
import { storedPageResponse } from "./lib/page-cache/stored-response";
import { publicOrigin } from "./lib/http/origin";
import { contentSecurityPolicy, createNonce } from "./lib/security/content-security-policy";

const localize = createMiddleware(routing);

// Every page response gets a Content-Security-Policy with a nonce of its own. Next reads the nonce from
// the request's CSP header while rendering and puts it on its scripts, so the header travels both ways:
// on the request (forwarded by next-intl, which copies the request headers) and on the response.
// next-intl then sends unprefixed page paths to the visitor's locale (Accept-Language). A browser's plain
// GET of a plan page is answered here from the plan-page cache when a render of the plan as it is now
// is stored (with this response's nonce), and otherwise goes to the cache route
// (app/[locale]/p/[id]/cached/route.ts), which renders and stores it; PLAN_PAGE_CACHE_MB=0 turns that off.
export default async function proxy(request: NextRequest) {
  // Next serves a rewrite itself, except when it was started on a loopback address (`next start -H
  // 127.0.0.1`: it then names its own origin "localhost" and takes the rewrite for another site) — then
  // the rewrite comes back over HTTP, through this proxy again: let it through as it is, nonce and all.
  if (request.headers.get(FROM_PROXY_HEADER) === proxySecret()) return NextResponse.next();
  const nonce = createNonce();
  // Served over HTTPS when the app's public origin is (the proxy's X-Forwarded-Proto is not read: it is
  // dropped before Next sees the request, lib/http/server-guard.ts).
  const https = request.nextUrl.protocol === "https:" || publicOrigin().startsWith("https:");
  const csp = contentSecurityPolicy(nonce, { development: process.env.NODE_ENV === "development", https });

  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("content-security-policy", csp);
  headers.delete(FROM_PROXY_HEADER);
  const planPage = planPageCacheOn() ? planPageRequest(request) : null;
  if (planPage) {
    // Answering here skips the rewrite and the route (about a quarter of a hit's cost in the server
    // bench). On a miss the route reads the plan's version once more: one more small query per render.
    const stored = await currentPlanPage({ locale: planPage.locale, id: planPage.id, origin: publicOrigin() });
    if (stored) {
      const response = storedPageResponse(stored, nonce, "hit");
      response.headers.set("Content-Security-Policy", csp);
      return response;
    }
    headers.set(FROM_PROXY_HEADER, proxySecret());
    const target = request.nextUrl.clone();
    target.pathname = planPage.cachePath;
    const rewrite = NextResponse.rewrite(target, { request: { headers } });
    rewrite.headers.set("Content-Security-Policy", csp);
    return rewrite;
  }
  const response = localize(new NextRequest(request, { headers }));
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

export const config = {
  // Pages only: not the API (its headers come from next.config.ts), Next's own files or anything with a
  // file extension.
  matcher: ["/((?!api|_next|_vercel|.*\\..*).*)"],
};
