// The owner's calls to the plans API from the browser. The edit token travels only in the
// Authorization header; answers are in the visitor's language (Accept-Language).
import type { Profile } from "@/lib/profile/schema";

export type ApiOutcome = { ok: true } | { ok: false; reason: "unauthorized" | "not_found" | "failed" };

export function outcomeFor(status: number): ApiOutcome {
  if (status >= 200 && status < 300) return { ok: true };
  if (status === 401 || status === 403) return { ok: false, reason: "unauthorized" };
  if (status === 404) return { ok: false, reason: "not_found" };
  return { ok: false, reason: "failed" };
}

async function call(planId: string, init: RequestInit & { token: string; locale: string }): Promise<ApiOutcome> {
  const { token, locale, headers, ...rest } = init;
  try {
    const response = await fetch(`/api/plans/${encodeURIComponent(planId)}`, {
      ...rest,
      headers: { ...headers, Authorization: `Bearer ${token}`, "Accept-Language": locale },
      cache: "no-store",
    });
    return outcomeFor(response.status);
  } catch {
    // Offline or the connection dropped.
    return { ok: false, reason: "failed" };
  }
}

/** A PATCH of the plan with a JSON body (an empty object changes nothing but checks the token). */
function patch(planId: string, token: string, locale: string, body: object): Promise<ApiOutcome> {
  return call(planId, {
    method: "PATCH",
    token,
    locale,
    headers: { "Content-Type": "application/json", Accept: "application/json" },
    body: JSON.stringify(body),
  });
}

/** Ticks or unticks steps: only the items sent change. */
export function patchChecklist(
  planId: string,
  token: string,
  locale: string,
  checklist: Record<string, boolean>,
): Promise<ApiOutcome> {
  return patch(planId, token, locale, { checklist });
}

/** Saves new answers (from the what-if simulator): the server scores them again and adds a snapshot. */
export function patchProfile(planId: string, token: string, locale: string, profile: Profile): Promise<ApiOutcome> {
  return patch(planId, token, locale, { profile });
}

export function deletePlan(planId: string, token: string, locale: string): Promise<ApiOutcome> {
  return call(planId, { method: "DELETE", token, locale });
}

/** Checks an edit token without changing anything: an empty change is accepted only with the right token. */
export function verifyOwnerToken(planId: string, token: string, locale: string): Promise<ApiOutcome> {
  return patch(planId, token, locale, {});
}

/** Turns the owner's "share my answers" on or off. */
export function patchShareDetails(planId: string, token: string, locale: string, shareDetails: boolean): Promise<ApiOutcome> {
  return patch(planId, token, locale, { shareDetails });
}
