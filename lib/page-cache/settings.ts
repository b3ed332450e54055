// PLAN_PAGE_CACHE_MB: memory for rendered plan pages in each server process (default 32, about 300
// pages); 0 turns the cache off and every plan page is rendered per request.

export const DEFAULT_PLAN_PAGE_CACHE_MB = 32;

export function planPageCacheBytes(value: string | undefined = process.env.PLAN_PAGE_CACHE_MB): number {
  if (value === undefined || value.trim() === "") return DEFAULT_PLAN_PAGE_CACHE_MB * 1024 * 1024;
  const mb = Number(value);
  // Anything unreadable keeps the default rather than silently turning the cache off or unbounded.
  return Number.isFinite(mb) && mb >= 0 && mb <= 4096 ? Math.floor(mb * 1024 * 1024) : DEFAULT_PLAN_PAGE_CACHE_MB * 1024 * 1024;
}
