import createMiddleware from "next-intl/middleware";
import { routing } from "./lib/i18n/routing";

// Sends unprefixed page paths to the visitor's locale (Accept-Language, then the locale cookie).
export default createMiddleware(routing);

export const config = {
  // Pages only: not the API, Next's own files or anything with a file extension.
  matcher: ["/((?!api|_next|_vercel|.*\\..*).*)"],
};
