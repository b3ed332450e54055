import createMiddleware from "next-intl/middleware";
import { NextRequest } from "next/server";
import { routing } from "./lib/i18n/routing";
import { planPageCache } from "./lib/page-cache";
import { publicOrigin } from "./lib/http/origin";
import { contentSecurityPolicy, createNonce } from "./lib/security/content-security-policy";

const localize = createMiddleware(routing);

// Every page response gets a Content-Security-Policy with a nonce of its own. Next reads the nonce from
// the request's CSP header while rendering and puts it on its scripts, so the header travels both ways:
// on the request (forwarded by next-intl, which copies the request headers) and on the response.
// A browser's plain GET of a plan page goes through the plan-page cache (lib/page-cache), which answers
// it from a stored render or sends it on to render and store; next-intl sends every other unprefixed page
// path to the visitor's locale (Accept-Language).
export default async function proxy(request: NextRequest) {
  const nonce = createNonce();
  // Served over HTTPS when the app's public origin is (the proxy's X-Forwarded-Proto is not read: it is
  // dropped before Next sees the request, lib/http/server-guard.ts).
  const https = request.nextUrl.protocol === "https:" || publicOrigin().startsWith("https:");
  const csp = contentSecurityPolicy(nonce, { development: process.env.NODE_ENV === "development", https });

  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("content-security-policy", csp);
  const cached = await planPageCache(request, { nonce, csp, forwarded: headers });
  if (cached) return cached;
  const response = localize(new NextRequest(request, { headers }));
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

export const config = {
  // Pages only: not the API (its headers come from next.config.ts), Next's own files or anything with a
  // file extension.
  matcher: ["/((?!api|_next|_vercel|.*\\..*).*)"],
};
