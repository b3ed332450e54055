// The headers proxy.ts and the plan-page cache route use to talk to each other.

/** Set by the cache route on its own loopback request for a fresh render: the proxy lets it through. */
export const RENDER_DIRECT_HEADER = "x-liftplan-render";
/**
 * Set by the proxy on a request it rewrote to the cache route, with this process's secret: a visitor
 * cannot send it, so the route knows the request's nonce and policy came from the proxy.
 */
export const FROM_PROXY_HEADER = "x-liftplan-page-cache";

/**
 * Set by the proxy beside FROM_PROXY_HEADER: the plan's version it has just read (plan-version.ts), so
 * the cache route need not read it again. The proxy removes any a visitor sent.
 */
export const PLAN_VERSION_HEADER = "x-liftplan-plan-version";
/**
 * On the response: "hit" (served from memory), "miss" (rendered now and stored) or "bypass" (not stored:
 * unknown plan, error). Sent only with PLAN_PAGE_CACHE_HEADER=1 (tests, diagnosis): it is no one else's business.
 */
export const CACHE_STATUS_HEADER = "x-page-cache";

export const cacheStatusHeaderOn = (): boolean => process.env.PLAN_PAGE_CACHE_HEADER === "1";
/** The route the proxy rewrites a plan page request to (app/[locale]/p/[id]/cached/route.ts). */
export const CACHED_SEGMENT = "cached";

const SECRET = Symbol.for("liftplan.pageCacheSecret");

/** A random value per server process, on globalThis: proxy.ts and the route are separate bundles. */
export function proxySecret(): string {
  const holder = globalThis as { [SECRET]?: string };
  holder[SECRET] ??= crypto.randomUUID();
  return holder[SECRET];
}
