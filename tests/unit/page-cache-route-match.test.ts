import { describe, expect, it } from "vitest";
import { RENDER_DIRECT_HEADER } from "@/lib/page-cache/protocol";
import { planPageRequest } from "@/lib/page-cache/route-match";

const cachedPlanPagePath = (r: Parameters<typeof planPageRequest>[0]) => planPageRequest(r)?.cachePath ?? null;

const request = (path: string, { method = "GET", headers = {} as Record<string, string> } = {}) => {
  const url = new URL(path, "http://localhost");
  return { method, headers: new Headers({ accept: "text/html,application/xhtml+xml,*/*;q=0.8", ...headers }), nextUrl: { pathname: url.pathname, search: url.search } };
};

describe("which requests go through the plan-page cache", () => {
  it("a browser's plain GET of a plan page, in either language", () => {
    expect(planPageRequest(request("/en/p/abc_DEF-123"))).toEqual({ locale: "en", id: "abc_DEF-123", cachePath: "/en/p/abc_DEF-123/cached" });
    expect(cachedPlanPagePath(request("/en/p/abc_DEF-123"))).toBe("/en/p/abc_DEF-123/cached");
    expect(cachedPlanPagePath(request("/zh-CN/p/abc"))).toBe("/zh-CN/p/abc/cached");
  });

  it("not a request that does not ask for HTML, as Next's own fetches (RSC) do not", () => {
    expect(cachedPlanPagePath(request("/en/p/abc", { headers: { accept: "*/*" } }))).toBeNull();
    expect(cachedPlanPagePath(request("/en/p/abc", { headers: { accept: "text/x-component" } }))).toBeNull();
  });

  it("not React Server Component requests (client navigation, prefetch)", () => {
    for (const name of ["rsc", "next-router-prefetch", "next-router-state-tree", "next-router-segment-prefetch"]) {
      expect(cachedPlanPagePath(request("/en/p/abc", { headers: { [name]: "1" } }))).toBeNull();
    }
  });

  it("not the cache's own render request, other methods, query strings or other pages", () => {
    expect(cachedPlanPagePath(request("/en/p/abc", { headers: { [RENDER_DIRECT_HEADER]: "1" } }))).toBeNull();
    expect(cachedPlanPagePath(request("/en/p/abc", { method: "HEAD" }))).toBeNull();
    expect(cachedPlanPagePath(request("/en/p/abc", { method: "POST" }))).toBeNull();
    expect(cachedPlanPagePath(request("/en/p/abc?_rsc=1"))).toBeNull();
    for (const path of ["/en/p/abc/print", "/en/p/abc/edit", "/en/p/abc/cached", "/p/abc", "/fr/p/abc", "/en/p/", "/en/p/a.b"]) {
      expect(cachedPlanPagePath(request(path))).toBeNull();
    }
  });
});
