// The body of PATCH /api/plans/{id}: a new profile, checklist ticks, or both.
import { z } from "zod";
import { profileSchema } from "@/lib/profile/schema";
import { checklistSchema } from "./checklist";

export const planPatchSchema = z.strictObject({
  profile: profileSchema.optional(),
  checklist: checklistSchema.optional(),
});

export type PlanPatch = z.infer<typeof planPatchSchema>;
