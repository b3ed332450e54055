// Sends the answers to the plans API and turns every reply into one of a few outcomes the form
// knows how to show. Messages in `issues` come from the server already in the reader's language.
import type { Profile } from "@/lib/profile/schema";

export interface FieldIssue {
  path: string;
  message: string;
}

export type SubmitOutcome =
  | { kind: "saved"; id: string; editToken?: string }
  | { kind: "invalid"; issues: FieldIssue[]; message?: string }
  | { kind: "unauthorized" }
  | { kind: "not_found" }
  | { kind: "rate_limited" }
  | { kind: "network" }
  | { kind: "failed"; message?: string };

export type SubmitRequest =
  | { mode: "create"; locale: string; profile: Profile }
  | { mode: "edit"; locale: string; profile: Profile; planId: string; token: string };

/** The profile exactly as the contract wants it: business details only for business use. */
export function toPayload(profile: Profile): Profile {
  const { business, ...rest } = profile;
  return rest.purpose === "business" && business ? { ...rest, business } : rest;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * `issues` of an error body as dotted form paths ("finances.usedLimit"); malformed entries are skipped.
 * A PATCH wraps the profile as `{ profile }`, so its issue paths start with "profile": drop that prefix.
 */
export function readIssues(body: unknown, prefix?: string): FieldIssue[] {
  if (!isRecord(body) || !Array.isArray(body.issues)) return [];
  return body.issues.flatMap((issue): FieldIssue[] => {
    if (!isRecord(issue) || typeof issue.message !== "string" || !Array.isArray(issue.path)) return [];
    const path = issue.path.map(String);
    if (prefix !== undefined && path[0] === prefix) path.shift();
    return [{ path: path.join("."), message: issue.message }];
  });
}

function readMessage(body: unknown): string | undefined {
  return isRecord(body) && typeof body.message === "string" ? body.message : undefined;
}

/** Maps a response (status + parsed JSON body or null) to an outcome. Pure, so it is testable. */
export function interpretResponse(status: number, body: unknown, issuePrefix?: string): SubmitOutcome {
  if (status === 200 || status === 201) {
    if (isRecord(body) && typeof body.id === "string") {
      return { kind: "saved", id: body.id, editToken: typeof body.editToken === "string" ? body.editToken : undefined };
    }
    return { kind: "failed" };
  }
  if (status === 400) return { kind: "invalid", issues: readIssues(body, issuePrefix), message: readMessage(body) };
  if (status === 401 || status === 403) return { kind: "unauthorized" };
  if (status === 404) return { kind: "not_found" };
  if (status === 429) return { kind: "rate_limited" };
  return { kind: "failed", message: readMessage(body) };
}

export async function submitPlan(request: SubmitRequest): Promise<SubmitOutcome> {
  const profile = toPayload(request.profile);
  const headers: Record<string, string> = {
    "Content-Type": "application/json",
    Accept: "application/json",
    "Accept-Language": request.locale,
  };
  let url = "/api/plans";
  let method = "POST";
  let body: unknown = profile;
  if (request.mode === "edit") {
    url = `/api/plans/${encodeURIComponent(request.planId)}`;
    method = "PATCH";
    body = { profile };
    headers.Authorization = `Bearer ${request.token}`;
  }
  let response: Response;
  try {
    response = await fetch(url, { method, headers, body: JSON.stringify(body) });
  } catch {
    return { kind: "network" };
  }
  const json: unknown = await response.json().catch(() => null);
  return interpretResponse(response.status, json, request.mode === "edit" ? "profile" : undefined);
}
