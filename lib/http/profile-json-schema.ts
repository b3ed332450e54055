import { z } from "zod";
import { anyProfileSchema } from "@/lib/profile/any-profile";

let generated: Record<string, unknown> | undefined;

/** The profile's JSON Schema (draft 2020-12), generated once per process: it only changes with a deploy. */
export function profileJsonSchema(): Record<string, unknown> {
  generated ??= z.toJSONSchema(anyProfileSchema, { target: "draft-2020-12", io: "input" }) as Record<string, unknown>;
  return generated;
}
