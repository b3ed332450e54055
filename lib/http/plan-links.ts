// The shareable read-only link: the plan's path without a locale (each visitor is sent to their own
// language), on the app's one public origin (lib/http/origin.ts): PUBLIC_ORIGIN, else the address the
// server listens on. Never the request's Host: a forged one must not end up in a page others are served.
import { publicOrigin } from "@/lib/http/origin";

export function planPath(id: string): string {
  return `/p/${encodeURIComponent(id)}`;
}

/** The link to share. `env` is for tests. */
export function shareUrl(id: string, env: Record<string, string | undefined> = process.env): string {
  return publicOrigin(env) + planPath(id);
}
