// Rendered plan pages kept in this server process's memory. A page is stored under everything it was
// rendered from — locale, plan id, the plan's last change, its last opening (the removal date the page
// shows) and the origin its share link names — so a stored page is only ever served for exactly the
// state it shows; any change to the plan makes a new key and the old page ages out. Kept on globalThis:
// Next may load this module more than once in one process (one copy per route bundle).
import { LRUCache } from "lru-cache";
import { piecesSize, type NoncePieces } from "./nonce-pieces";
import { planPageCacheBytes } from "./settings";

export interface CachedPage {
  /** The page cut at its nonce (nonce-pieces.ts). */
  body: NoncePieces;
  /** The nonce the page was rendered with (replaced by each response's own). */
  nonce: string;
  /** The render's response headers worth repeating (content type, caching, Vary, Link). */
  headers: [string, string][];
}

export interface PlanPageVersion {
  locale: string;
  id: string;
  updatedAt: Date;
  lastViewedAt: Date;
  origin: string;
}

const SEPARATOR = "\n"; // cannot occur in a locale, a plan id, an ISO date or an origin

export function planPageKey(v: PlanPageVersion): string {
  return [v.locale, v.id, v.updatedAt.toISOString(), v.lastViewedAt.toISOString(), v.origin].join(SEPARATOR);
}

/**
 * Least recently used pages go first, bounded by the bytes held rather than the count: pages differ in
 * size (a long history makes a longer page), and memory is what the bound protects. A page larger than
 * the whole bound is not stored. (PLAN_PAGE_CACHE_MB=0 never gets here, availability.ts; lru-cache wants
 * a bound of at least one byte.)
 */
export function pageLru(maxBytes: number): LRUCache<string, CachedPage> {
  return new LRUCache<string, CachedPage>({ maxSize: Math.max(1, maxBytes), sizeCalculation: (page) => Math.max(1, piecesSize(page.body)) });
}

interface Store {
  pages: LRUCache<string, CachedPage>;
  pending: Map<string, Promise<CachedPage | null>>;
}

const STORE = Symbol.for("liftplan.planPageStore");

function store(): Store {
  const holder = globalThis as { [STORE]?: Store };
  holder[STORE] ??= { pages: pageLru(planPageCacheBytes()), pending: new Map() };
  return holder[STORE];
}

/** The stored page for a key, if any, never rendering one (the proxy's check; the route uses cachedOrRendered). */
export function cachedPage(key: string): CachedPage | undefined {
  return store().pages.get(key);
}

/**
 * The stored page for `key`, rendering it with `render` when there is none. Concurrent requests for the
 * same key share one render. `render` returns null for a page that must not be stored (not found, an
 * error); that result is not kept.
 */
export async function cachedOrRendered(key: string, render: () => Promise<CachedPage | null>): Promise<CachedPage | null> {
  const { pages, pending } = store();
  const stored = pages.get(key);
  if (stored) return stored;
  let rendering = pending.get(key);
  if (!rendering) {
    rendering = render()
      .then((page) => {
        if (page) pages.set(key, page);
        return page;
      })
      .finally(() => pending.delete(key));
    pending.set(key, rendering);
  }
  return rendering;
}

/** Drops every stored page of a plan (it was deleted, or is gone). */
export function forgetPlan(id: string): void {
  const { pages } = store();
  for (const key of [...pages.keys()]) if (key.split(SEPARATOR)[1] === id) pages.delete(key);
}

