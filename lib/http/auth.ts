import { isEditToken } from "@/lib/plans/tokens";

/** The edit token from `Authorization: Bearer <token>`, or null when missing or not token-shaped. */
export function bearerToken(request: Request): string | null {
  const match = /^Bearer +(\S+) *$/i.exec(request.headers.get("authorization") ?? "");
  const token = match?.[1];
  return token && isEditToken(token) ? token : null;
}

/** RFC 9110: a 401 names the scheme the client should use. */
export const WWW_AUTHENTICATE = { "www-authenticate": 'Bearer realm="liftplan"' };
