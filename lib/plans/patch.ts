// The body of PATCH /api/plans/{id}: a new profile, checklist ticks, the "share my answers" switch, or any of them.
import { z } from "zod";
import { anyProfileSchema } from "@/lib/profile/any-profile";
import { checklistSchema } from "./checklist";

export const planPatchSchema = z.strictObject({
  profile: anyProfileSchema.optional(),
  checklist: checklistSchema.optional(),
  shareDetails: z.boolean().optional(),
});

export type PlanPatch = z.infer<typeof planPatchSchema>;
