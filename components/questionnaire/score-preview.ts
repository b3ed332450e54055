// "Just show me the result": the answers are scored by POST /api/score, which stores nothing (the same
// pure model a saved plan uses), so a person can look before deciding to save.
import type { Profile } from "@/lib/profile/schema";
import type { Result } from "@/lib/scoring/types";
import { interpretResponse, readIssues, toPayload, type SubmitOutcome } from "./submit-plan";

export type PreviewOutcome = { kind: "scored"; result: Result } | Exclude<SubmitOutcome, { kind: "saved" }>;

export async function scorePreview(locale: string, profile: Profile): Promise<PreviewOutcome> {
  let response: Response;
  try {
    response = await fetch("/api/score", {
      method: "POST",
      headers: { "Content-Type": "application/json", Accept: "application/json", "Accept-Language": locale },
      body: JSON.stringify(toPayload(profile)),
    });
  } catch {
    return { kind: "network" };
  }
  const json: unknown = await response.json().catch(() => null);
  if (response.status === 200 && json && typeof json === "object" && "band" in json && "recommendations" in json) {
    return { kind: "scored", result: json as Result };
  }
  if (response.status === 400) return { kind: "invalid", issues: readIssues(json) };
  const outcome = interpretResponse(response.status, json);
  return outcome.kind === "saved" ? { kind: "failed" } : outcome;
}
