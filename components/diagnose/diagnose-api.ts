// The diagnosis call (POST /api/diagnose, which stores nothing). The owner's saved answers come through
// components/plan/owner/owner-answers.ts, as on the plan and edit pages.
import type { AnyProfile } from "@/lib/profile/schema";
import type { Diagnosis, DiagnosisRequest } from "@/lib/scoring/diagnosis/types";

export type Outcome<T> = { ok: true; value: T } | { ok: false; reason: "not_found" | "unauthorized" | "network" | "failed" };

const failure = (status: number) =>
  ({ ok: false, reason: status === 404 ? "not_found" : status === 401 || status === 403 ? "unauthorized" : "failed" }) as const;

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
