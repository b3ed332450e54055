// GET /api/plans/{id}/export: the whole plan as a JSON file to keep. Like GET /api/plans/{id}, the link
// is enough to read it.
import { apiError, json, requestLocale, withApiErrors } from "@/lib/http";
import { getPlanExport } from "@/lib/plans";

export const runtime = "nodejs";

interface Context {
  params: Promise<{ id: string }>;
}

export const GET = withApiErrors("GET /api/plans/[id]/export", async (request: Request, { params }: Context) => {
  const { id } = await params;
  const plan = await getPlanExport(id);
  if (!plan) return apiError(requestLocale(request), "not_found");
  // The id is base64url (checked by getPlanExport), so it is safe inside the quoted file name.
  return json(plan, 200, { "content-disposition": `attachment; filename="liftplan-${plan.id}.json"` });
});
