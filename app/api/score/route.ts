// POST /api/score: the result for a profile. Pure computation: nothing is stored.
import { json, readJsonBody, requestLocale, withApiErrors } from "@/lib/http";
import { anyProfileSchema } from "@/lib/profile/any-profile";
import { evaluate } from "@/lib/scoring";

export const runtime = "nodejs";

export const POST = withApiErrors("POST /api/score", async (request: Request) => {
  const locale = requestLocale(request);
  const body = await readJsonBody(request, anyProfileSchema, locale);
  if (!body.ok) return body.response;
  return json(evaluate(body.data));
});
