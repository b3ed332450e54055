// POST /api/plans: stores a scored plan. Returns the share link and, once only, the edit token.
import { json, limitPlanWrites, publicOrigin, readJsonBody, requestLocale, withApiErrors } from "@/lib/http";
import { createPlan } from "@/lib/plans";
import { anyProfileSchema } from "@/lib/profile/any-profile";

export const runtime = "nodejs";

export const POST = withApiErrors("POST /api/plans", async (request: Request) => {
  const locale = requestLocale(request);
  const limited = await limitPlanWrites(request, locale);
  if (limited) return limited;
  const body = await readJsonBody(request, anyProfileSchema, locale);
  if (!body.ok) return body.response;

  const { plan, editToken } = await createPlan(body.data);
  const origin = publicOrigin();
  // `url` is the page people share (unprefixed: it redirects to each visitor's language); Location names
  // the created resource itself, the plan in this API.
  const url = `${origin}/p/${plan.id}`;
  return json({ id: plan.id, url, editToken }, 201, { location: `${origin}/api/plans/${plan.id}` });
});
