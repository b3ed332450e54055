// What every call accepts: a v2 profile, or a v1 profile that is upgraded on the way in. The version
// decides which schema's issues the caller sees, so a v1 body gets v1's paths and messages.
import { z } from "zod";
import { profileSchema, profileSchemaV1 } from "./schema";
import { upgradeProfile } from "./upgrade";

export const anyProfileSchema = z.discriminatedUnion("version", [profileSchemaV1, profileSchema]).transform(upgradeProfile);
