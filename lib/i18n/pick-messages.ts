// A page's client components get only the catalogue messages they use (components/i18n/client-messages.tsx).

/**
 * Picks namespaces out of a catalogue: "fields", a nested one like "plan.band", or with "*" one key of
 * every entry ("scoring.recommendations.*.title": each step's title and nothing else of it).
 */
export function pickMessages(messages: Record<string, unknown>, namespaces: readonly string[]): Record<string, unknown> {
  const picked: Record<string, unknown> = {};
  for (const namespace of namespaces) copyPath(messages, picked, namespace.split("."));
  return picked;
}

function copyPath(source: unknown, target: Record<string, unknown>, keys: readonly string[]): void {
  const [key, ...rest] = keys;
  if (key === undefined || source === null || typeof source !== "object") return;
  for (const name of key === "*" ? Object.keys(source) : [key]) {
    const value = (source as Record<string, unknown>)[name];
    if (value === undefined) continue;
    if (rest.length === 0) target[name] = value;
    else copyPath(value, (target[name] ??= {}) as Record<string, unknown>, rest);
  }
}
