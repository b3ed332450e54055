// GET, PATCH and DELETE /api/plans/{id}. Reading needs only the id (the viewer's view: no answers unless
// the owner shares them); the edit token reads everything and is needed to change anything.
import {
  apiError,
  bearerToken,
  json,
  limitPlanWrites,
  noContent,
  readJsonBody,
  requestLocale,
  withApiErrors,
  WWW_AUTHENTICATE,
} from "@/lib/http";
import type { Locale } from "@/lib/i18n/routing";
import { checkEditAccess, deletePlan, planPatchSchema, readPlan, updatePlan } from "@/lib/plans";

export const runtime = "nodejs";

interface Context {
  params: Promise<{ id: string }>;
}

export const GET = withApiErrors("GET /api/plans/[id]", async (request: Request, { params }: Context) => {
  const { id } = await params;
  // A malformed Authorization header is a wrong token, not an absent one.
  const read = await readPlan(id, bearerToken(request), request.headers.has("authorization"));
  if (read === "not_found") return apiError(requestLocale(request), "not_found");
  if (read === "unauthorized") return apiError(requestLocale(request), "unauthorized", { messageKey: "unauthorized_token", headers: WWW_AUTHENTICATE });
  return json(read.plan);
});

// Checks in this order: rate limit (429), unknown plan (404, with or without a token), token (401),
// then the body (415, 413, 400). The update re-checks plan and token inside its transaction.
export const PATCH = withApiErrors("PATCH /api/plans/[id]", async (request: Request, { params }: Context) => {
  const locale = requestLocale(request);
  const limited = await limitPlanWrites(request, locale);
  if (limited) return limited;
  const { id } = await params;
  const token = bearerToken(request);
  const access = await checkEditAccess(id, token);
  if (access !== "ok" || token === null) return refusal(access === "ok" ? "unauthorized" : access, locale);

  const body = await readJsonBody(request, planPatchSchema, locale, "invalid_request");
  if (!body.ok) return body.response;
  const outcome = await updatePlan(id, token, body.data);
  return typeof outcome === "string" ? refusal(outcome, locale) : json(outcome);
});

export const DELETE = withApiErrors("DELETE /api/plans/[id]", async (request: Request, { params }: Context) => {
  const locale = requestLocale(request);
  const { id } = await params;
  const token = bearerToken(request);
  const access = await checkEditAccess(id, token);
  if (access !== "ok" || token === null) return refusal(access === "ok" ? "unauthorized" : access, locale);

  const outcome = await deletePlan(id, token);
  return outcome === "deleted" ? noContent() : refusal(outcome, locale);
});

function refusal(reason: "not_found" | "unauthorized", locale: Locale): Response {
  return reason === "not_found"
    ? apiError(locale, "not_found")
    : apiError(locale, "unauthorized", { headers: WWW_AUTHENTICATE });
}
