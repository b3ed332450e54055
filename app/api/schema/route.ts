// GET /api/schema: the JSON Schema of the profile, generated from the same zod schema the API validates with.
import { profileJsonSchema, publicOrigin, withApiErrors } from "@/lib/http";

export const runtime = "nodejs";

export const GET = withApiErrors("GET /api/schema", async () => {
  const body = { $id: `${publicOrigin()}/api/schema`, title: "LiftPlan profile (contract v2; v1 still accepted)", ...profileJsonSchema() };
  // Public and the same for everyone: the one API response that may be cached.
  return Response.json(body, { headers: { "cache-control": "public, max-age=3600" } });
});
