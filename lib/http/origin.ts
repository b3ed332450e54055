/**
 * The origin links are built on: PUBLIC_ORIGIN when set (the reliable choice in production), else the
 * origin the client addressed — its Host header, or X-Forwarded-Host/-Proto behind a trusted proxy
 * (TRUST_PROXY=1). Not request.url alone: `next start` reports its own bind name there, e.g. localhost.
 * A forged Host only changes the link in the forger's own response, which nothing caches.
 */
export function publicOrigin(request: Request): string {
  const configured = process.env.PUBLIC_ORIGIN?.trim();
  if (configured) {
    try {
      return new URL(configured).origin;
    } catch {
      // A malformed setting must not break saving plans; fall back to the request's origin.
    }
  }
  const url = new URL(request.url);
  const proxied = process.env.TRUST_PROXY === "1";
  const forwardedHost = proxied ? firstValue(request.headers.get("x-forwarded-host")) : undefined;
  const forwardedProto = proxied ? firstValue(request.headers.get("x-forwarded-proto")) : undefined;
  const host = [forwardedHost, request.headers.get("host") ?? undefined].find((h) => h !== undefined && HOST.test(h)) ?? url.host;
  const protocol = forwardedProto === "https" || forwardedProto === "http" ? forwardedProto : url.protocol.slice(0, -1);
  return `${protocol}://${host.toLowerCase()}`;
}

// A host name or IP literal with an optional port; anything else is ignored.
const HOST = /^(?:[a-z0-9-]+(?:\.[a-z0-9-]+)*|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

const firstValue = (header: string | null) => header?.split(",")[0]?.trim() || undefined;
