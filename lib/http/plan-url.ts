// Where a plan lives on the web, built in one place: its page's path in a language (`/en/p/{id}`), the
// pages beside it (print, edit, the cache route) and the shareable read-only link. The share link has
// no language (each visitor is sent to their own) and names the app's one public origin (origin.ts):
// never a request's Host, since a forged one must not end up in a page others are served.
import { publicOrigin } from "./origin";

/** The pages under a plan's path; "cached" is the plan-page cache's route (lib/page-cache). */
export type PlanSubpage = "print" | "edit" | "cached";

/** `/p/{id}` without a locale (the share link's path), else `/{locale}/p/{id}`, then `/{page}` if given. */
export function planPath(id: string, locale?: string, page?: PlanSubpage): string {
  const path = `/p/${encodeURIComponent(id)}${page ? `/${page}` : ""}`;
  return locale ? `/${locale}${path}` : path;
}

/** The link to share, as POST /api/plans returns it. `env` is for tests. */
export function shareUrl(id: string, env: Record<string, string | undefined> = process.env): string {
  return publicOrigin(env) + planPath(id);
}
