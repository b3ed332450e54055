// Headers every response carries, pages and API alike (set in next.config.ts headers()).

/** Browser features the app never uses, switched off for this page and anything it might embed. */
const PERMISSIONS_POLICY = [
  "accelerometer=()",
  "autoplay=()",
  "browsing-topics=()",
  "camera=()",
  "display-capture=()",
  "geolocation=()",
  "gyroscope=()",
  "hid=()",
  "interest-cohort=()",
  "magnetometer=()",
  "microphone=()",
  "midi=()",
  "payment=()",
  "publickey-credentials-get=()",
  "serial=()",
  "usb=()",
  "xr-spatial-tracking=()",
  // The share panel copies the plan link.
  "clipboard-write=(self)",
].join(", ");

/** Two years, subdomains included: the value browsers' preload lists expect. */
export const STRICT_TRANSPORT_SECURITY = "max-age=63072000; includeSubDomains";

export interface Header {
  key: string;
  value: string;
}

export function securityHeaders({ production }: { production: boolean }): Header[] {
  const headers: Header[] = [
    // A plan link carries the plan id: never pass it on to another site.
    { key: "Referrer-Policy", value: "no-referrer" },
    { key: "X-Content-Type-Options", value: "nosniff" },
    // For browsers that predate CSP frame-ancestors.
    { key: "X-Frame-Options", value: "DENY" },
    { key: "Permissions-Policy", value: PERMISSIONS_POLICY },
    { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  ];
  // Browsers ignore it over plain http, so sending it from `next start` on a laptop is harmless; in
  // development it would only pin localhost to https for two years.
  if (production) headers.push({ key: "Strict-Transport-Security", value: STRICT_TRANSPORT_SECURITY });
  return headers;
}
