// The private owner link carries the edit token in the URL fragment (#owner=…). Browsers never send a
// fragment to the server or in a Referer header, so the token stays out of logs; the page reads it,
// checks it, stores it and removes it from the address bar.
import { planPath } from "@/lib/http/plan-url";

const PARAM = "owner";
// Edit tokens are base64url; anything else cannot be one, so it is not even sent for checking.
const TOKEN = /^[A-Za-z0-9_-]{16,200}$/;

/** The owner link for a plan, e.g. "https://example.org/en/p/abc#owner=tok". */
export function ownerLink(origin: string, locale: string, planId: string, token: string): string {
  return `${origin}${planPath(planId, locale)}#${PARAM}=${encodeURIComponent(token)}`;
}

export type OwnerFragment = { kind: "none" } | { kind: "malformed" } | { kind: "token"; token: string };

/** What a location hash ("#owner=…", "#x", "") says about ownership. */
export function readOwnerFragment(hash: string): OwnerFragment {
  const body = hash.startsWith("#") ? hash.slice(1) : hash;
  if (!body) return { kind: "none" };
  const params = new URLSearchParams(body);
  if (!params.has(PARAM)) return { kind: "none" };
  const token = params.get(PARAM) ?? "";
  return TOKEN.test(token) ? { kind: "token", token } : { kind: "malformed" };
}

/** The origin of a share link that may be relative ("/p/x") or absolute. */
export function originOf(url: string, fallback: string): string {
  try {
    return new URL(url, fallback).origin;
  } catch {
    return fallback;
  }
}
