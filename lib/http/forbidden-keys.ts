// Keys that name JavaScript's object machinery. JSON.parse makes them plain own properties, but a later
// spread, merge or lookup may treat them as the prototype; no field of the API is called that, so any
// body carrying one is refused outright rather than silently dropped by a schema.
const FORBIDDEN = new Set(["__proto__", "constructor", "prototype"]);

interface Visit {
  value: unknown;
  key: string | number | null;
  parent: Visit | null;
}

/**
 * The path to the first forbidden key in a parsed JSON value, or null when there is none. Iterative, with
 * each node pointing at its parent: a body may nest tens of thousands of levels deep (it is at most 64 KB),
 * which recursion or copied paths would not survive.
 */
export function forbiddenKeyPath(value: unknown): (string | number)[] | null {
  const stack: Visit[] = [{ value, key: null, parent: null }];
  while (stack.length > 0) {
    const visit = stack.pop()!;
    const node = visit.value;
    if (node === null || typeof node !== "object") continue;
    if (Array.isArray(node)) {
      for (let i = node.length - 1; i >= 0; i--) stack.push({ value: node[i], key: i, parent: visit });
      continue;
    }
    const keys = Object.keys(node);
    const bad = keys.find((key) => FORBIDDEN.has(key));
    if (bad !== undefined) return pathOf({ value: null, key: bad, parent: visit });
    for (let i = keys.length - 1; i >= 0; i--) stack.push({ value: (node as Record<string, unknown>)[keys[i]!], key: keys[i]!, parent: visit });
  }
  return null;
}

function pathOf(visit: Visit): (string | number)[] {
  const path: (string | number)[] = [];
  for (let v: Visit | null = visit; v && v.key !== null; v = v.parent) path.push(v.key);
  return path.reverse();
}
