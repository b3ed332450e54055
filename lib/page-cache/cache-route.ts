// The plan page, rendered and stored when there is no current copy (the route
// app/[locale]/p/[id]/cached/route.ts; the proxy answers from a current stored copy itself and sends the
// other plain GETs of /{locale}/p/{id} here). Rendering the page costs far more than serving it. The
// proxy passes on the plan's version it read, so no database read happens here; the render itself reads
// the plan once (loadPlanPage). Each response still gets a nonce of its own.
import { selfOrigin, publicOrigin } from "@/lib/http/origin";
import { planPath } from "@/lib/http/plan-url";
import { getPlanPageVersion } from "@/lib/plans";
import { turnPlanPageCacheOff } from "./availability";
import { cutAtNonce } from "./nonce-pieces";
import { nonceOf, restamp } from "./nonce";
import { cachedOrRendered, forgetPlan, planPageKey } from "./plan-page-store";
import { decodePlanVersion } from "./plan-version";
import { CACHE_STATUS_HEADER, cacheStatusHeaderOn, FROM_PROXY_HEADER, PLAN_VERSION_HEADER, proxySecret } from "./protocol";
import { isUnreachable, renderSelf, type RenderedPage } from "./self-render";
import { storedPageResponse } from "./stored-response";

// Response headers of a render worth repeating; the security headers come from next.config.ts and the
// Content-Security-Policy from proxy.ts, as for any page. A Link header may name a stylesheet with the
// nonce. Vary (the page differs for Next's RSC requests) goes with it, since the proxy answers a cache hit
// itself and Next adds no Vary of its own there.
const KEPT_HEADERS = ["content-type", "cache-control", "link", "vary"];

/** The cache route's answer for the plan page `/{locale}/p/{id}`. */
export async function cachedPlanPage(request: Request, locale: string, id: string): Promise<Response> {
  const pagePath = planPath(id, locale);
  const nonce = request.headers.get("x-nonce");
  const origin = selfOrigin();
  // Only the proxy sends requests here; this path typed by hand just leads to the page.
  const toPage = () => new Response(null, { status: 307, headers: { location: pagePath } });
  if (request.headers.get(FROM_PROXY_HEADER) !== proxySecret() || !nonce || !origin) return toPage();
  try {
    return await cachedOrFresh(request, { locale, id, pagePath, nonce, origin });
  } catch (error) {
    // A server that cannot reach itself at all stops caching for good, and the visitor is sent back to
    // the page, which the proxy now lets render itself. After any other failure (a render that timed
    // out) the visitor is sent to the page with a query string, which the proxy never caches: one
    // direct render, never a loop of redirects.
    if (!isUnreachable(error)) return new Response(null, { status: 307, headers: { location: `${pagePath}?direct=1` } });
    turnPlanPageCacheOff(error);
    return toPage();
  }
}

interface Target {
  locale: string;
  id: string;
  pagePath: string;
  nonce: string;
  origin: string;
}

async function cachedOrFresh(request: Request, { locale, id, pagePath, nonce, origin }: Target): Promise<Response> {
  const render = () => renderSelf(origin, pagePath, request.headers);
  // The version the proxy read; read here only when it could not say (a database error there).
  const passed = decodePlanVersion(request.headers.get(PLAN_VERSION_HEADER));
  const version = passed !== undefined ? passed : await getPlanPageVersion(id).catch(() => undefined);
  if (version === null) forgetPlan(id);
  // Unknown plan (the page's own 404) or a database error (the page's own error page): render as usual.
  if (!version) return passOn(await render(), nonce);
  const key = planPageKey({ locale, id, ...version, origin: publicOrigin() });
  let uncacheable: RenderedPage | undefined;
  let rendered = false;
  const page = await cachedOrRendered(key, async () => {
    rendered = true;
    const fresh = await render();
    const freshNonce = nonceOf(fresh.headers.get("content-security-policy"));
    if (fresh.status === 200 && freshNonce) return { body: cutAtNonce(fresh.body, freshNonce), nonce: freshNonce, headers: keptHeaders(fresh) };
    uncacheable = fresh;
    return null;
  });
  // The render was not a plain page (the plan vanished meanwhile, or an error page): pass it on.
  if (!page) return passOn(uncacheable ?? (await render()), nonce);
  return withoutVary(storedPageResponse(page, nonce, rendered ? "miss" : "hit"));
}

function keptHeaders(rendered: RenderedPage): [string, string][] {
  return KEPT_HEADERS.flatMap((name): [string, string][] => {
    const value = rendered.headers.get(name);
    return value === null ? [] : [[name, value]];
  });
}

function passOn(rendered: RenderedPage, nonce: string): Response {
  const renderedNonce = nonceOf(rendered.headers.get("content-security-policy"));
  const stamp = (text: string) => (renderedNonce ? restamp(text, renderedNonce, nonce) : text);
  const headers = new Headers(keptHeaders(rendered).map(([name, value]): [string, string] => [name, stamp(value)]));
  if (cacheStatusHeaderOn()) headers.set(CACHE_STATUS_HEADER, "bypass");
  return withoutVary(new Response(stamp(rendered.body), { status: rendered.status, headers }));
}

// Next gives a route's response the page's Vary itself; the stored one is for the proxy's answers.
function withoutVary(response: Response): Response {
  response.headers.delete("vary");
  return response;
}
