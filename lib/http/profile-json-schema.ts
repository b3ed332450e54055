import { z } from "zod";
import { profileSchema } from "@/lib/profile/schema";

let generated: Record<string, unknown> | undefined;

/** The profile's JSON Schema (draft 2020-12), generated once per process: it only changes with a deploy. */
export function profileJsonSchema(): Record<string, unknown> {
  generated ??= z.toJSONSchema(profileSchema, { target: "draft-2020-12" }) as Record<string, unknown>;
  return generated;
}
