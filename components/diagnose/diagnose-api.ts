// The page's two calls: the owner's saved answers (GET /api/plans/{id} with the edit token, which stays in
// the Authorization header) and the diagnosis (POST /api/diagnose, which stores nothing).
import type { AnyProfile } from "@/lib/profile/schema";
import type { Diagnosis, DiagnosisRequest } from "@/lib/scoring/diagnosis/types";

export type Outcome<T> = { ok: true; value: T } | { ok: false; reason: "not_found" | "unauthorized" | "network" | "failed" };

const failure = (status: number) =>
  ({ ok: false, reason: status === 404 ? "not_found" : status === 401 || status === 403 ? "unauthorized" : "failed" }) as const;

export async function fetchOwnProfile(planId: string, token: string, locale: string): Promise<Outcome<AnyProfile>> {
  try {
    const response = await fetch(`/api/plans/${encodeURIComponent(planId)}`, {
      headers: { Authorization: `Bearer ${token}`, "Accept-Language": locale, Accept: "application/json" },
      cache: "no-store",
    });
    if (!response.ok) return failure(response.status);
    const plan = (await response.json()) as { profile: AnyProfile | null };
    return plan.profile ? { ok: true, value: plan.profile } : { ok: false, reason: "unauthorized" };
  } catch {
    return { ok: false, reason: "network" };
  }
}

export async function fetchDiagnosis(profile: AnyProfile, request: DiagnosisRequest, locale: string): Promise<Outcome<Diagnosis>> {
  try {
    const response = await fetch("/api/diagnose", {
      method: "POST",
      headers: { "Content-Type": "application/json", "Accept-Language": locale, Accept: "application/json" },
      body: JSON.stringify({ profile, ...request }),
      cache: "no-store",
    });
    if (!response.ok) return failure(response.status);
    return { ok: true, value: (await response.json()) as Diagnosis };
  } catch {
    return { ok: false, reason: "network" };
  }
}
