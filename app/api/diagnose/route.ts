// POST /api/diagnose: why a limit may have dropped, from the person's answers. Pure computation: nothing is stored.
import { json, readJsonBody, requestLocale, withApiErrors } from "@/lib/http";
import { diagnoseRequestSchema } from "@/lib/http/diagnose-request";
import { diagnose } from "@/lib/scoring/diagnosis";

export const runtime = "nodejs";

export const POST = withApiErrors("POST /api/diagnose", async (request: Request) => {
  const locale = requestLocale(request);
  const body = await readJsonBody(request, diagnoseRequestSchema, locale);
  if (!body.ok) return body.response;
  const { profile, event, monthsAgo } = body.data;
  return json(diagnose(profile, { event, monthsAgo }));
});
