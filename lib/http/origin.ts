// The one origin every absolute link is built on: share links, `Location`, the schema's `$id`, the
// calendar's links, the page cache's keys. PUBLIC_ORIGIN when it is set and valid (the right choice in
// production); otherwise the address this server listens on, as `next start` records it. Never a
// request's Host or X-Forwarded-Host: those are client input, and `/api/schema` is cached publicly.
// The same record of the listening address tells the page cache where to reach this server itself.

type Env = Record<string, string | undefined>;

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

/** What is known of where this process listens: the origin `next start` (and the standalone server) records, else PORT. */
function listening(env: Env): { origin: string } | { port: string } | null {
  const recorded = env.__NEXT_PRIVATE_ORIGIN;
  if (recorded && URL.canParse(recorded)) return { origin: new URL(recorded).origin };
  return env.PORT && /^\d{1,5}$/.test(env.PORT) ? { port: env.PORT } : null;
}

/** Where this process listens, for links: the recorded origin, else localhost on PORT, else on 3000. */
export function listenOrigin(env: Env = process.env): string {
  const at = listening(env);
  return at && "origin" in at ? at.origin : `http://localhost:${at?.port ?? "3000"}`;
}

/**
 * Where this process can reach itself (the page cache's renders): the recorded origin, else the loopback
 * address on PORT; null when neither is known, as a guess could reach another server.
 */
export function selfOrigin(env: Env = process.env): string | null {
  const at = listening(env);
  if (!at) return null;
  return "origin" in at ? at.origin : `http://127.0.0.1:${at.port}`;
}

export function publicOrigin(env: Env = process.env): string {
  return configuredOrigin(env.PUBLIC_ORIGIN) ?? listenOrigin(env);
}

/** The start-up warning for production without PUBLIC_ORIGIN (instrumentation.ts), or null when it is set. */
export function originWarning(env: Env = process.env): string | null {
  if (configuredOrigin(env.PUBLIC_ORIGIN)) return null;
  const why = env.PUBLIC_ORIGIN?.trim() ? "PUBLIC_ORIGIN is not a valid http(s) address" : "PUBLIC_ORIGIN is not set";
  return `${why}: share links will name ${listenOrigin(env)}, the address this server listens on. Set PUBLIC_ORIGIN to the address people use, e.g. https://liftplan.example.`;
}
