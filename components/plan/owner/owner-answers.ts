// The owner's answers: GET /api/plans/{id} with the edit token (only in the Authorization header). Used by
// the plan page's owner view, the edit page and the diagnosis; upgraded to the current profile.
import type { AnyProfile, Profile } from "@/lib/profile/schema";
import { upgradeProfile } from "@/lib/profile/upgrade";

/** Why the answers could not be had: a wrong token (or none shared back), no such plan, no connection, other. */
export type OwnerAnswersFailure = "unauthorized" | "not_found" | "network" | "failed";

export async function fetchOwnerProfile(planId: string, token: string, locale: string): Promise<Profile | OwnerAnswersFailure> {
  let response: Response;
  try {
    response = await fetch(`/api/plans/${encodeURIComponent(planId)}`, {
      headers: { Authorization: `Bearer ${token}`, Accept: "application/json", "Accept-Language": locale },
      cache: "no-store",
    });
  } catch {
    return "network";
  }
  if (response.status === 401 || response.status === 403) return "unauthorized";
  if (response.status === 404) return "not_found";
  if (!response.ok) return "failed";
  try {
    const body = (await response.json()) as { profile?: AnyProfile | null };
    return body.profile ? upgradeProfile(body.profile) : "unauthorized";
  } catch {
    return "failed";
  }
}
