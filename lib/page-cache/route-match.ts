// Which requests the proxy sends through the plan-page cache: a browser's plain GET of a plan page.
// Not React Server Component requests (client navigation, refresh and prefetch ask the same path for a
// different body), not the cache route's own render requests, not anything with a query string. Next
// hides the RSC headers and the _rsc parameter from the proxy, so what tells a page load apart is that
// the browser asks for HTML (Accept: text/html); Next's own fetches accept anything (*/*).
import { planPath } from "@/lib/http/plan-url";
import { LOCALES } from "@/lib/i18n/routing";
import { CACHED_SEGMENT, RENDER_DIRECT_HEADER } from "./protocol";

const PLAN_PAGE = new RegExp(`^/(${LOCALES.join("|")})/p/([A-Za-z0-9_-]{1,64})$`);
const RSC_HEADERS = ["rsc", "next-router-prefetch", "next-router-state-tree", "next-router-segment-prefetch"];

interface RequestLike {
  method: string;
  headers: { has(name: string): boolean; get(name: string): string | null };
  nextUrl: { pathname: string; search: string };
}

export interface PlanPageRequest {
  locale: string;
  id: string;
  /** The cache route's path (app/[locale]/p/[id]/cached/route.ts). */
  cachePath: string;
}

/** The plan page this request asks for, when it should go through the cache; null when it should be rendered as usual. */
export function planPageRequest(request: RequestLike): PlanPageRequest | null {
  if (request.method !== "GET" || request.nextUrl.search !== "") return null;
  if (request.headers.has(RENDER_DIRECT_HEADER) || RSC_HEADERS.some((h) => request.headers.has(h))) return null;
  if (!request.headers.get("accept")?.includes("text/html")) return null;
  const [, locale, id] = PLAN_PAGE.exec(request.nextUrl.pathname) ?? [];
  if (!locale || !id) return null;
  return { locale, id, cachePath: planPath(id, locale, CACHED_SEGMENT) };
}
