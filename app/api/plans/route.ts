// POST /api/plans: stores a scored plan. Returns the share link and, once only, the edit token.
import { json, limitPlanWrites, publicOrigin, readJsonBody, requestLocale, withApiErrors } from "@/lib/http";
import { shareUrl } from "@/lib/http/plan-url";
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
  // `url` is the page people share (unprefixed: it redirects to each visitor's language); Location names
  // the created resource itself, the plan in this API. Both on the app's one origin.
  const url = shareUrl(plan.id);
  return json({ id: plan.id, url, editToken }, 201, { location: `${publicOrigin()}/api/plans/${plan.id}` });
});
