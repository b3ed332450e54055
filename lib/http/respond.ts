// Plans and scores are personal: no cache, proxy or browser may keep a copy.
export const NO_STORE = "no-store";

export function json(body: unknown, status = 200, headers: HeadersInit = {}): Response {
  const response = Response.json(body, { status, headers });
  if (!response.headers.has("cache-control")) response.headers.set("cache-control", NO_STORE);
  return response;
}

export const noContent = (): Response => new Response(null, { status: 204, headers: { "cache-control": NO_STORE } });
