// Keys that name JavaScript's object machinery. JSON.parse makes them plain own properties, but a later
// spread, merge or lookup may treat them as the prototype; no field of the API is called that, so any
// body carrying one is refused outright rather than silently dropped by a schema.
const FORBIDDEN = new Set(["__proto__", "constructor", "prototype"]);

/** The path to the first forbidden key in a parsed JSON value, or null when there is none. */
export function forbiddenKeyPath(value: unknown, path: (string | number)[] = []): (string | number)[] | null {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = forbiddenKeyPath(value[i], [...path, i]);
      if (found) return found;
    }
    return null;
  }
  if (value === null || typeof value !== "object") return null;
  for (const key of Object.keys(value)) {
    if (FORBIDDEN.has(key)) return [...path, key];
    const found = forbiddenKeyPath((value as Record<string, unknown>)[key], [...path, key]);
    if (found) return found;
  }
  return null;
}
