// The shareable read-only link: the plan's path without a locale (each visitor is sent to their own
// language), on the origin the request came in on. Host headers are client input, so anything that
// does not look like a host name falls back to the bare path rather than being echoed into the page.
const HOST = /^[a-z0-9.-]+(:\d{1,5})?$|^\[[0-9a-f:.]+\](:\d{1,5})?$/i;
const LOCAL = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])(:\d+)?$/i;

export function planPath(id: string): string {
  return `/p/${encodeURIComponent(id)}`;
}

interface HeaderSource {
  get(name: string): string | null;
}

/** The origin ("https://example.org") of a request, or null when its headers do not give a sane one. */
export function requestOrigin(headers: HeaderSource): string | null {
  const host = first(headers.get("x-forwarded-host")) ?? first(headers.get("host"));
  if (!host || !HOST.test(host)) return null;
  const forwarded = first(headers.get("x-forwarded-proto"))?.toLowerCase();
  const proto = forwarded === "http" || forwarded === "https" ? forwarded : LOCAL.test(host) ? "http" : "https";
  return `${proto}://${host}`;
}

/**
 * The link to share. `configuredOrigin` (the PUBLIC_ORIGIN setting, as the API uses for the `url` it
 * returns) wins when it is a valid URL: behind a proxy the request's own host may be an internal one.
 */
export function shareUrl(
  headers: HeaderSource,
  id: string,
  configuredOrigin: string | undefined = process.env.PUBLIC_ORIGIN,
): string {
  const origin = validOrigin(configuredOrigin) ?? requestOrigin(headers);
  return origin ? origin + planPath(id) : planPath(id);
}

function validOrigin(value: string | undefined): string | null {
  if (!value?.trim()) return null;
  try {
    const url = new URL(value.trim());
    return url.protocol === "http:" || url.protocol === "https:" ? url.origin : null;
  } catch {
    return null;
  }
}

// Proxies may append: "a, b" — the first value is the one the visitor used.
function first(value: string | null): string | undefined {
  const head = value?.split(",")[0]?.trim();
  return head ? head : undefined;
}
