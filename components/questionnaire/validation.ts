// The form's validation: the profile schema through react-hook-form's zod resolver, messages from the
// error map in the reader's language. Loaded on first use (lazy-resolver.ts), not with the page.
import { zodResolver } from "@hookform/resolvers/zod";
import type { Translator } from "@/lib/i18n/translate";
import { profileErrorMap } from "@/lib/profile/error-map";
import { profileSchema, type Profile } from "@/lib/profile/schema";
import type { Resolver } from "react-hook-form";

export function profileResolver(t: Translator): Resolver<Profile> {
  return zodResolver(profileSchema, { error: profileErrorMap(t) }) as Resolver<Profile>;
}
