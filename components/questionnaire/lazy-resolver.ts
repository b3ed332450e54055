// A resolver that fetches the validation code (zod, ~35 kB gzip) the first time the form is checked
// (the first answer left, or "Next"), instead of with the page. warmValidation() starts that download
// early, at the first interaction with the form, so "Next" rarely waits for it.
import type { Resolver } from "react-hook-form";
import type { Profile } from "@/lib/profile/schema";
import type { Translator } from "@/lib/i18n/translate";

let loading: Promise<typeof import("./validation")> | undefined;

export function warmValidation(): Promise<typeof import("./validation")> {
  loading ??= import("./validation").catch((error: unknown) => {
    loading = undefined; // a failed download may be retried on the next check
    throw error;
  });
  return loading;
}

export function lazyProfileResolver(t: Translator): Resolver<Profile> {
  let resolver: Resolver<Profile> | undefined;
  return async (values, context, options) => {
    resolver ??= (await warmValidation()).profileResolver(t);
    return resolver(values, context, options);
  };
}
