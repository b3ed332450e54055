// GET /api/plans/{id}/export: the whole plan, answers and their history included, as a JSON file to keep.
// The owner's (Authorization: Bearer {editToken}) or, when the owner shares the answers, anyone's.
import { apiError, bearerToken, json, requestLocale, withApiErrors, WWW_AUTHENTICATE } from "@/lib/http";
import { getPlanExport, readPlan } from "@/lib/plans";

export const runtime = "nodejs";

interface Context {
  params: Promise<{ id: string }>;
}

export const GET = withApiErrors("GET /api/plans/[id]/export", async (request: Request, { params }: Context) => {
  const locale = requestLocale(request);
  const { id } = await params;
  const read = await readPlan(id, bearerToken(request), request.headers.has("authorization"));
  if (read === "not_found") return apiError(locale, "not_found");
  if (read === "unauthorized") return apiError(locale, "unauthorized", { messageKey: "unauthorized_token", headers: WWW_AUTHENTICATE });
  if (read.access === "viewer" && !read.plan.shareDetails) {
    return apiError(locale, "unauthorized", { messageKey: "unauthorized_export", headers: WWW_AUTHENTICATE });
  }
  const plan = await getPlanExport(id);
  if (!plan) return apiError(locale, "not_found");
  // The id is base64url (checked by getPlanExport), so it is safe inside the quoted file name.
  return json(plan, 200, { "content-disposition": `attachment; filename="liftplan-${plan.id}.json"` });
});
