import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { API_CONTENT_SECURITY_POLICY } from "./lib/security/content-security-policy";
import { securityHeaders } from "./lib/security/security-headers";

// The catalogues are compiled at build time (next-intl's experimental precompile: ICU is parsed once, not
// in every browser and every render), so pages format messages without intl-messageformat's parser and its
// per-message locale lookups. Tests import the JSON as it is and format it with the full parser.
const withNextIntl = createNextIntlPlugin({
  requestConfig: "./lib/i18n/request.ts",
  experimental: { messages: { path: "./lib/i18n/messages", format: "json", locales: "infer", sourceLocale: "en", precompile: true } },
});

const nextConfig: NextConfig = {
  // A separate build folder lets several builds of one checkout coexist (tests, benchmarks).
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // better-sqlite3 is a native addon: load it from node_modules at run time, never bundle it.
  serverExternalPackages: ["better-sqlite3"],
  poweredByHeader: false,
  async headers() {
    return [
      // Everything: pages, API, static files. (The pages' CSP carries a per-request nonce: proxy.ts.)
      { source: "/:path*", headers: securityHeaders({ production: process.env.NODE_ENV === "production" }) },
      // The API is never rendered as a page, so it gets a policy that allows nothing at all.
      { source: "/api/:path*", headers: [{ key: "Content-Security-Policy", value: API_CONTENT_SECURITY_POLICY }] },
    ];
  },
};

export default withNextIntl(nextConfig);
