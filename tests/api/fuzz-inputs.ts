// Generators of hostile requests for the API fuzz suite. Every generator here yields input the API must
// refuse: bodies that are not a valid profile / patch, media types that are not JSON, tokens that are not
// the plan's, ids that name no plan. The schemas themselves act as a last filter, so a generator that
// stumbles on a valid value (say a random object that happens to be `{}` for PATCH) cannot make a
// correct 200 look like a failure.
import fc from "fast-check";
import { planPatchSchema } from "@/lib/plans";
import { defaultBusiness, defaultProfile } from "@/lib/profile/defaults";
import { profileSchema } from "@/lib/profile/schema";
import { profileJsonSchema } from "@/lib/http";
import { RECOMMENDATION_IDS } from "@/lib/scoring";

type Json = unknown;
type JsonObject = Record<string, Json>;

/** A leaf of the profile as the published JSON Schema describes it. */
interface Leaf {
  path: string[];
  kind: "integer" | "number" | "boolean" | "enum" | "const";
  min?: number;
  max?: number;
  nullable: boolean;
}

// Walks the JSON Schema generated from the zod schema, so the fuzzer follows the contract as it changes.
function leaves(schema: JsonObject, path: string[] = []): Leaf[] {
  const props = schema.properties as Record<string, JsonObject> | undefined;
  if (props) return Object.entries(props).flatMap(([key, child]) => leaves(child, [...path, key]));
  const variants = (schema.anyOf as JsonObject[] | undefined) ?? [schema];
  const nullable = variants.some((v) => v.type === "null");
  const main = variants.find((v) => v.type !== "null") ?? schema;
  const kind = main.const !== undefined ? "const" : main.enum ? "enum" : (main.type as Leaf["kind"]);
  return [{ path, kind, min: main.minimum as number | undefined, max: main.maximum as number | undefined, nullable }];
}

// The schema offers every accepted version (oneOf); the fuzzer mutates the current one (v2), which is what
// defaultProfile is.
const published = profileJsonSchema() as JsonObject;
const current =
  ((published.oneOf ?? published.anyOf) as JsonObject[] | undefined)?.find(
    (v) => ((v.properties as Record<string, JsonObject> | undefined)?.version?.const as number | undefined) === defaultProfile.version,
  ) ?? published;
export const PROFILE_LEAVES = leaves(current).filter((leaf) => leaf.path[0] !== "business");
const BUSINESS_LEAVES = leaves(current).filter((leaf) => leaf.path[0] === "business");

// Spellings JSON.stringify cannot produce; they are spliced into the text in place of a marker string.
const RAW_MARK = "\u0000raw\u0000";
/** Not JSON at all: the body must be refused as invalid_json. */
const RAW_NOT_JSON = ["NaN", "Infinity", "-Infinity", "+1", "01", ".5", "1.", "0x10", "undefined", "'1'", "1_000", "--1", "1e", "∞"];
/** Valid JSON numbers that parse to ±Infinity or are far past every maximum. */
const RAW_HUGE = ["1e999", "-1e999", "1e400", "123456789012345678901234567890", "9".repeat(400)];

const deepArray = (depth: number) => "[".repeat(depth) + "]".repeat(depth);
const deepObject = (depth: number) => '{"a":'.repeat(depth) + "1" + "}".repeat(depth);

/** A value that is wrong for this leaf: wrong type, out of range, not an integer, NaN/Infinity spellings. */
function invalidLeafValue(leaf: Leaf): fc.Arbitrary<Json> {
  const wrongTypes: Json[] = ["1", "", "NaN", "Infinity", "-0", "true", [], {}, [1], { value: 1 }];
  if (!leaf.nullable) wrongTypes.push(null);
  const options: fc.Arbitrary<Json>[] = [fc.constantFrom(...wrongTypes), fc.constantFrom(...RAW_HUGE.map((t) => RAW_MARK + t))];
  if (leaf.kind === "integer" || leaf.kind === "number") {
    const min = leaf.min ?? 0;
    const max = leaf.max ?? Number.MAX_SAFE_INTEGER;
    options.push(
      fc.constantFrom(true, false, -1e308, 1e308, Number.MAX_VALUE, -Number.MIN_VALUE, min - 1, max + 1, -Number.MAX_SAFE_INTEGER),
      fc.double({ noNaN: true, noDefaultInfinity: true, max: min, maxExcluded: true }),
      fc.double({ noNaN: true, noDefaultInfinity: true, min: max, minExcluded: true }),
    );
    if (leaf.kind === "integer") options.push(fc.constantFrom(min + 0.5, max - 0.001, min + Number.EPSILON * 4 + 0.1));
  } else if (leaf.kind === "boolean") {
    options.push(fc.constantFrom(0, 1, -0, "false", "yes", "TRUE"));
  } else if (leaf.kind === "const") {
    options.push(fc.constantFrom(0, 2, "1", 1.0000001, -1, 1e999));
  } else {
    options.push(fc.constantFrom("Personal", "BUSINESS", " personal", "personal\u0000", "个人", 0));
  }
  return fc.oneof(...options);
}

const clone = <T>(value: T): T => structuredClone(value);

/** The object at `path`, replacing whatever an earlier mutation left there that is not one. */
function objectAt(target: JsonObject, path: string[]): JsonObject {
  let node: JsonObject = target;
  for (const key of path) {
    const next = node[key];
    if (!next || typeof next !== "object" || Array.isArray(next)) node[key] = {};
    node = node[key] as JsonObject;
  }
  return node;
}

function setAt(target: JsonObject, path: string[], value: Json): void {
  objectAt(target, path.slice(0, -1))[path[path.length - 1]!] = value;
}

function deleteAt(target: JsonObject, path: string[]): void {
  let node: Json = target;
  for (const key of path.slice(0, -1)) node = (node as JsonObject)?.[key];
  if (node && typeof node === "object") delete (node as JsonObject)[path[path.length - 1]!];
}

// Keys a JSON object may carry that the contract does not know; some are classic prototype-pollution names.
const unknownKey = fc.oneof(
  fc.constantFrom("__proto__", "constructor", "prototype", "toString", "hasOwnProperty", "VERSION", "version ", "", "$where", "a".repeat(5000)),
  fc.string({ minLength: 1, maxLength: 20 }),
);

const oddValue: fc.Arbitrary<Json> = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom(RAW_MARK + "1e999", "x".repeat(10_000), -0, null),
);

/** One change that on its own makes a valid profile invalid. */
const breakingMutation: fc.Arbitrary<(p: JsonObject) => void> = fc.oneof(
  fc.constantFrom(...PROFILE_LEAVES).chain((leaf) => invalidLeafValue(leaf).map((value) => (p: JsonObject) => setAt(p, leaf.path, value))),
  fc.constantFrom(...PROFILE_LEAVES).map((leaf) => (p: JsonObject) => deleteAt(p, leaf.path)),
  fc
    .tuple(fc.constantFrom<string[]>([], ["repayment"], ["borrowing"], ["finances"], ["assets"], ["ecosystem"], ["spending"]), unknownKey, oddValue)
    // JSON.parse makes "__proto__" an own key; Object.defineProperty does the same here before stringify.
    .map(([at, key, value]) => (p: JsonObject) => {
      const node = objectAt(p, at);
      const safeKey = Object.prototype.hasOwnProperty.call(node, key) ? `${key}_extra` : key;
      Object.defineProperty(node, safeKey, { value, enumerable: true, writable: true, configurable: true });
    }),
  fc
    .tuple(fc.constantFrom("repayment", "borrowing", "finances", "assets", "ecosystem", "spending"), fc.constantFrom<Json>(null, [], "x", 0, true, [{}]))
    .map(([section, value]) => (p: JsonObject) => void (p[section] = value)),
  fc.constantFrom(
    (p: JsonObject) => void (p.purpose = "business"), // business without its details
    (p: JsonObject) => void (p.business = clone(defaultBusiness)), // details without business purpose
    (p: JsonObject) => {
      const f = objectAt(p, ["finances"]);
      f.currentLimit = 1000;
      f.usedLimit = 1000.01; // balance above the limit
    },
    (p: JsonObject) => void (p.repayment = RAW_MARK + deepArray(10_000)),
    (p: JsonObject) => void (p.ecosystem = RAW_MARK + deepObject(5_000)),
  ),
  fc
    .tuple(fc.constantFrom(...BUSINESS_LEAVES), fc.boolean())
    .chain(([leaf, drop]) =>
      invalidLeafValue(leaf).map((value) => (p: JsonObject) => {
        p.purpose = "business";
        p.business = clone(defaultBusiness);
        if (drop) deleteAt(p, leaf.path);
        else setAt(p, leaf.path, value);
      }),
    ),
);

/** Serialises, then splices the raw spellings in place of their markers. */
function toText(value: Json): string {
  return JSON.stringify(value).replace(/"\\u0000raw\\u0000([^"]*)"/g, (_, raw: string) => raw);
}

/** The body text of a profile with one to three changes, at least one of which breaks it. */
export const brokenProfileText: fc.Arbitrary<string> = fc
  .tuple(fc.boolean(), breakingMutation, fc.array(breakingMutation, { maxLength: 2 }))
  .map(([business, first, more]) => {
    const profile = clone(defaultProfile) as unknown as JsonObject;
    if (business) Object.assign(profile, { purpose: "business", business: clone(defaultBusiness) });
    for (const mutate of [first, ...more]) mutate(profile);
    return toText(profile);
  });

/** Text that is not JSON: truncations, raw spellings, stray characters, broken strings and structures. */
export const malformedJsonText: fc.Arbitrary<string> = fc.oneof(
  fc.nat({ max: 400 }).map((cut) => JSON.stringify(defaultProfile).slice(0, cut)),
  fc.constantFrom(...RAW_NOT_JSON),
  fc.constantFrom(...RAW_NOT_JSON).map((raw) => JSON.stringify(defaultProfile).replace('"onTimeMonths":12', `"onTimeMonths":${raw}`)),
  fc.constantFrom("{", "}", "[", '{"version":1,}', "{'version':1}", '{"version":1}}', "{version:1}", "\u0000", '"\\x41"', '"\\ud800', "\ufeff\ufeff{}", "{}\n{}", "//x\n{}"),
  fc.constantFrom(deepArray(10_000).slice(0, -1), "[".repeat(30_000), '{"a":'.repeat(12_000)),
  fc.string({ maxLength: 200 }),
  fc.string({ maxLength: 60, unit: "binary" }),
);

/** Well-formed JSON of any shape (top-level arrays, strings, numbers, null, deep nesting, odd keys). */
export const anyJsonText: fc.Arbitrary<string> = fc.oneof(
  fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)),
  fc.anything({ maxDepth: 3, withNullPrototype: true, withObjectString: true }).map((v) => JSON.stringify(v) ?? "null"),
  fc.constantFrom(deepArray(10_000), deepObject(10_000), "[" + "1,".repeat(20_000) + "1]", '"' + "x".repeat(60_000) + '"', "1e999", "-0", "null"),
);

/** Raw bytes that are not UTF-8 (so cannot be JSON), or UTF-8 with odd framing. */
export const oddBytes: fc.Arbitrary<Uint8Array> = fc.oneof(
  fc.uint8Array({ minLength: 1, maxLength: 200 }),
  fc.constantFrom(
    new Uint8Array([0xff, 0xfe, 0x7b, 0x00, 0x7d, 0x00]), // UTF-16LE with BOM: "{}"
    new Uint8Array([0xc0, 0xaf]), // overlong "/"
    new Uint8Array([0xed, 0xa0, 0x80]), // encoded surrogate
    new Uint8Array([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xe9, 0x22, 0x7d]), // latin-1 "é" inside a string
  ),
);

/** Bodies over the 64 KB limit, some of them otherwise valid. */
export const hugeBodyText: fc.Arbitrary<string> = fc.oneof(
  fc.integer({ min: 65 * 1024, max: 400 * 1024 }).map((size) => JSON.stringify({ ...defaultProfile, pad: "x".repeat(size) })),
  fc.integer({ min: 65 * 1024, max: 200 * 1024 }).map((size) => " ".repeat(size) + JSON.stringify(defaultProfile)),
  fc.constant("[".repeat(70_000) + "]".repeat(70_000)),
  fc.integer({ min: 22_000, max: 60_000 }).map((n) => "[" + "1,".repeat(n) + "1]"),
);

/** Valid JSON text that the given schema rejects (keeps the suite honest if a generator yields a valid value). */
export function refusedBy(schema: { safeParse(v: unknown): { success: boolean } }) {
  return (text: string): boolean => {
    try {
      return !schema.safeParse(JSON.parse(text.replace(/^\ufeff/, ""))).success;
    } catch {
      return true;
    }
  };
}

export const refusedProfile = refusedBy(profileSchema);
export const refusedPatch = refusedBy(planPatchSchema);

/** PATCH bodies that must be refused: bad profiles, bad checklists, unknown keys, wrong shapes. */
export const brokenPatchText: fc.Arbitrary<string> = fc.oneof(
  brokenProfileText.map((profile) => `{"profile":${profile}}`),
  fc
    .tuple(fc.constantFrom(...RECOMMENDATION_IDS), fc.constantFrom<Json>("true", 1, 0, null, [], {}, "yes", -0))
    .map(([id, value]) => JSON.stringify({ checklist: { [id]: value } })),
  fc.tuple(unknownKey, fc.boolean()).map(([key, done]) => JSON.stringify({ checklist: { [key]: done } })),
  fc.tuple(unknownKey, oddValue).map(([key, value]) => toText({ checklist: {}, [key]: value })),
  fc.constantFrom<Json>([], null, 1, "x", true, { checklist: null }, { checklist: [] }, { profile: null }, { profile: [] }, { profile: {} }).map((v) => JSON.stringify(v)),
  fc.constant(`{"checklist":${deepObject(5000)}}`),
);

/** Content types that are not JSON in UTF-8. */
export const badContentType: fc.Arbitrary<string | null> = fc.oneof(
  fc.constantFrom(
    null,
    "",
    "text/plain",
    "text/json",
    "application/jsonx",
    "application/json5",
    "application/x-www-form-urlencoded",
    "multipart/form-data; boundary=x",
    "application/xml",
    "application/vnd.api+json",
    "json",
    "application/json; charset=latin1",
    "application/json; charset=iso-8859-1",
    "application/json;charset=utf-16",
    "application/json; charset=utf-16le",
    "application/json; charset=utf-8; charset=windows-1252",
    "application/json; charset=\"utf-32\"",
    "application/json, text/plain",
    "*/*",
    "application/*",
  ),
  fc.string({ maxLength: 40, unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)) }).filter(
    (s) => !/^\s*application\/json\s*(;|$)/i.test(s),
  ),
);

const headerSafe = fc.string({ maxLength: 80, unit: fc.integer({ min: 0x20, max: 0xff }).map((c) => String.fromCharCode(c)) });
const tokenShaped = fc.string({ minLength: 43, maxLength: 43, unit: fc.constantFrom(..."ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_") });

/** Authorization header values that do not carry this plan's edit token (null: header missing). */
export function forgedAuthorization(realToken: string, otherToken: string): fc.Arbitrary<string | null> {
  const flip = (t: string, i: number) => t.slice(0, i) + (t[i] === "A" ? "B" : "A") + t.slice(i + 1);
  return fc
    .oneof(
      fc.constantFrom<string | null>(null, "", "Bearer", "Bearer ", "Basic " + Buffer.from("user:pass").toString("base64"), `Token ${realToken}`, `Bearer${realToken}`),
      fc.constantFrom(`Bearer ${realToken}x`, `Bearer ${realToken.slice(1)}`, `Bearer ${realToken} ${realToken}`, `Bearer ${otherToken}`, `Basic ${realToken}`),
      fc.constantFrom(`Bearer "${realToken}"`, `Bearer ${realToken},`, `Bearer\t${realToken}`, `Bearer ${realToken.toUpperCase()}`),
      fc.nat({ max: 42 }).map((i) => `Bearer ${flip(realToken, i)}`),
      tokenShaped.map((t) => `Bearer ${t}`),
      headerSafe.map((t) => `Bearer ${t}`),
      headerSafe,
      fc.nat({ max: 20_000 }).map((n) => `Bearer ${"A".repeat(n)}`),
    )
    .filter((value) => value === null || value.trim() !== `Bearer ${realToken}`);
}

/** Path ids that name no plan: traversal, encodings, unicode, control characters, huge, near misses. */
export function oddId(realId: string): fc.Arbitrary<string> {
  const flip = (i: number) => realId.slice(0, i) + (realId[i] === "A" ? "B" : "A") + realId.slice(i + 1);
  return fc
    .oneof(
      fc.constantFrom(
        "",
        ".",
        "..",
        "../../etc/passwd",
        "..%2F..%2Fetc%2Fpasswd",
        "%2e%2e%2f",
        "\u0000",
        `${realId}\u0000`,
        `${realId}/`,
        `${realId}/../x`,
        ` ${realId}`,
        `${realId} `,
        `${realId}%00`,
        realId.toLowerCase() === realId ? realId.toUpperCase() : realId.toLowerCase(),
        "' OR '1'='1",
        "1; DROP TABLE \"Plan\"; --",
        "计划计划计划计划计划计划计划计划计划计划计划计划",
        "🙂".repeat(12),
        "A".repeat(10_000),
        "AAAAAAAAAAAAAAAAAAAAAAAA",
        "null",
        "undefined",
        "__proto__",
        "constructor",
      ),
      fc.nat({ max: 23 }).map(flip),
      fc.string({ minLength: 24, maxLength: 24, unit: fc.constantFrom(..."ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_") }),
      fc.string({ maxLength: 60, unit: "grapheme" }),
      fc.string({ maxLength: 30, unit: "binary" }),
      fc.integer({ min: 25, max: 20_000 }).map((n) => "A".repeat(n)),
    )
    .filter((id) => id !== realId);
}

/** Accept-Language values, sane and not: the error must come back whatever the header says. */
export const acceptLanguage: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom("en", "zh-CN", "zh", "*", "", "fr-FR, de;q=0.5", "zh-CN;q=abc, en;q=NaN", "en;q=-1", ";;;,,,", "x".repeat(2000)),
  headerSafe,
);

/** The keys no body may carry anywhere (lib/http/forbidden-keys.ts). */
export const PROTOTYPE_KEYS = ["__proto__", "constructor", "prototype"] as const;

export interface PrototypeKeyBody {
  route: "score" | "create" | "patch";
  text: string;
  /** Where the key sits, as the 400's issue names it. */
  path: (string | number)[];
}

/**
 * Bodies that would be accepted but for one prototype key, put anywhere: at the top, in a section, in a
 * checklist, deep inside a value. Own keys, as JSON.parse makes them (defineProperty, then stringify).
 */
export const prototypeKeyBody: fc.Arbitrary<PrototypeKeyBody> = fc
  .tuple(
    fc.constantFrom(...PROTOTYPE_KEYS),
    fc.constantFrom<{ route: PrototypeKeyBody["route"]; at: string[] }>(
      { route: "score", at: [] },
      { route: "score", at: ["finances"] },
      { route: "create", at: [] },
      { route: "create", at: ["repayment"] },
      { route: "patch", at: [] },
      { route: "patch", at: ["checklist"] },
      { route: "patch", at: ["profile"] },
      { route: "patch", at: ["profile", "assets"] },
    ),
    fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constant<Json>({ polluted: true }), fc.constant<Json>(true)),
  )
  .map(([key, { route, at }, value]) => {
    const body: JsonObject =
      route === "patch" ? { profile: structuredClone(defaultProfile) as JsonObject, checklist: { "link-bills": true } } : (structuredClone(defaultProfile) as JsonObject);
    Object.defineProperty(objectAt(body, at), key, { value, enumerable: true, writable: true, configurable: true });
    return { route, text: JSON.stringify(body), path: [...at, key] };
  });

/** Request paths with malformed percent-encoding: a bad hex pair, a cut multi-byte sequence, a lone %. */
export const malformedPercentPath: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom("/", "/en/", "/zh-CN/p/", "/p/", "/api/plans/", "/api/schema/", "/en/p/AAAAAAAAAAAAAAAAAAAAAAAA/", "/_next/static/"),
    fc.constantFrom("%zz", "%E0%A4%A", "%", "%%", "%G1", "%E0%A4", "%C3", "%ED%A0%80", "%FF%FE", "a%2", "%u0041"),
    fc.constantFrom("", "x", "/edit", "?q=1", ".json"),
  )
  .map(([head, bad, tail]) => head + bad + tail);
