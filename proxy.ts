import createMiddleware from "next-intl/middleware";
import { NextRequest } from "next/server";
import { routing } from "./lib/i18n/routing";
import { contentSecurityPolicy, createNonce } from "./lib/security/content-security-policy";

const localize = createMiddleware(routing);

// Every page response gets a Content-Security-Policy with a nonce of its own. Next reads the nonce from
// the request's CSP header while rendering and puts it on its scripts, so the header travels both ways:
// on the request (forwarded by next-intl, which copies the request headers) and on the response.
// next-intl then sends unprefixed page paths to the visitor's locale (Accept-Language).
export default function proxy(request: NextRequest) {
  const nonce = createNonce();
  const https =
    request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim() === "https";
  const csp = contentSecurityPolicy(nonce, { development: process.env.NODE_ENV === "development", https });

  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("content-security-policy", csp);
  const response = localize(new NextRequest(request, { headers }));
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

export const config = {
  // Pages only: not the API (its headers come from next.config.ts), Next's own files or anything with a
  // file extension.
  matcher: ["/((?!api|_next|_vercel|.*\\..*).*)"],
};
