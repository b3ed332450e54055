// A page's client components get only the catalogue namespaces they use (components/i18n/client-messages.tsx).

/** Picks namespaces ("fields", or a nested one like "plan.band") out of a catalogue. */
export function pickMessages(messages: Record<string, unknown>, namespaces: readonly string[]): Record<string, unknown> {
  const picked: Record<string, unknown> = {};
  for (const namespace of namespaces) {
    const keys = namespace.split(".");
    let source: unknown = messages;
    let target = picked;
    keys.forEach((key, i) => {
      source = (source as Record<string, unknown> | undefined)?.[key];
      if (i === keys.length - 1) target[key] = source;
      else target = (target[key] ??= {}) as Record<string, unknown>;
    });
  }
  return picked;
}
