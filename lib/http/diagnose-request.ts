// The body of POST /api/diagnose: a profile (v1 or v2, upgraded on the way in), what happened and when.
// Strict like the profile: an unknown key is an error, not something silently ignored.
import { z } from "zod";
import { anyProfileSchema } from "@/lib/profile/any-profile";
import { DIAGNOSIS_EVENTS, MAX_MONTHS_AGO } from "@/lib/scoring/diagnosis/types";

export const diagnoseRequestSchema = z.strictObject({
  profile: anyProfileSchema,
  event: z.enum(DIAGNOSIS_EVENTS),
  monthsAgo: z.number().int().min(0).max(MAX_MONTHS_AGO),
});
