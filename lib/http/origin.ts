// The one origin every absolute link is built on: share links, `Location`, the schema's `$id`, the
// calendar's links. PUBLIC_ORIGIN when it is set and valid (the right choice in production); otherwise
// the address this server listens on, as `next start` records it. Never a request's Host or
// X-Forwarded-Host: those are client input, and `/api/schema` is cached publicly.

/** PUBLIC_ORIGIN as an origin, or null when unset or not an http(s) URL. */
export function configuredOrigin(value: string | undefined = process.env.PUBLIC_ORIGIN): string | null {
  if (!value?.trim()) return null;
  try {
    const url = new URL(value.trim());
    return url.protocol === "http:" || url.protocol === "https:" ? url.origin : null;
  } catch {
    return null;
  }
}

/** Where this process listens: `next start` (and Next's standalone server) records it; else PORT, else 3000. */
export function listenOrigin(env: Record<string, string | undefined> = process.env): string {
  const recorded = env.__NEXT_PRIVATE_ORIGIN;
  if (recorded && URL.canParse(recorded)) return new URL(recorded).origin;
  const port = env.PORT && /^\d{1,5}$/.test(env.PORT) ? env.PORT : "3000";
  return `http://localhost:${port}`;
}

export function publicOrigin(env: Record<string, string | undefined> = process.env): string {
  return configuredOrigin(env.PUBLIC_ORIGIN) ?? listenOrigin(env);
}

/** The start-up warning for production without PUBLIC_ORIGIN (instrumentation.ts), or null when it is set. */
export function originWarning(env: Record<string, string | undefined> = process.env): string | null {
  if (configuredOrigin(env.PUBLIC_ORIGIN)) return null;
  const why = env.PUBLIC_ORIGIN?.trim() ? "PUBLIC_ORIGIN is not a valid http(s) address" : "PUBLIC_ORIGIN is not set";
  return `${why}: share links will name ${listenOrigin(env)}, the address this server listens on. Set PUBLIC_ORIGIN to the address people use, e.g. https://liftplan.example.`;
}
