import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/schema/route";
import { defaultBusiness, defaultProfile } from "@/lib/profile/defaults";
import { PERSONAS_V1 } from "@/tests/fixtures/profiles";
import { apiRequest, ORIGIN } from "./helpers";

type JsonSchema = {
  type?: string | string[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean;
  const?: unknown;
  enum?: unknown[];
  minimum?: number;
  maximum?: number;
};

/** Just enough of JSON Schema to check the published schema describes real profiles (no validator installed). */
function conforms(value: unknown, schema: JsonSchema, path = "$"): string[] {
  if (schema.oneOf) {
    const matches = schema.oneOf.filter((option) => conforms(value, option, path).length === 0).length;
    return matches === 1 ? [] : [`${path}: matches ${matches} options, not exactly one`];
  }
  if (schema.anyOf) {
    return schema.anyOf.some((option) => conforms(value, option, path).length === 0) ? [] : [`${path}: matches no option`];
  }
  if (schema.const !== undefined && value !== schema.const) return [`${path}: not ${String(schema.const)}`];
  if (schema.enum && !schema.enum.includes(value)) return [`${path}: not in enum`];
  const type = schema.type;
  const actual = value === null ? "null" : Number.isInteger(value) ? "integer" : Array.isArray(value) ? "array" : typeof value;
  if (type && !(type === actual || (type === "number" && actual === "integer"))) return [`${path}: ${actual} is not ${String(type)}`];
  if (typeof value === "number") {
    if (schema.minimum !== undefined && value < schema.minimum) return [`${path}: below minimum`];
    if (schema.maximum !== undefined && value > schema.maximum) return [`${path}: above maximum`];
  }
  if (type === "object") {
    const record = value as Record<string, unknown>;
    const problems = (schema.required ?? []).filter((key) => !(key in record)).map((key) => `${path}.${key}: missing`);
    for (const [key, child] of Object.entries(record)) {
      const sub = schema.properties?.[key];
      if (!sub) {
        if (schema.additionalProperties === false) problems.push(`${path}.${key}: not allowed`);
      } else problems.push(...conforms(child, sub, `${path}.${key}`));
    }
    return problems;
  }
  return [];
}

describe("GET /api/schema", () => {
  it("200: a JSON Schema of the profile, with $id and title, cacheable", async () => {
    // A forged Host or X-Forwarded-Host never reaches the $id of this publicly cached document.
    const response = await GET(apiRequest("GET", "/api/schema", { headers: { host: "evil.example", "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" } }));
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toMatch(/public/);
    const schema = (await response.json()) as JsonSchema & Record<string, unknown>;
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema.$id).toBe(`${ORIGIN}/api/schema`);
    expect(schema.title).toMatch(/profile/i);
    // Contract v2 is current; v1 is still accepted (and upgraded), so the schema is one of the two.
    const [v1, v2] = schema.oneOf!;
    for (const version of [v1!, v2!]) {
      expect(version.type).toBe("object");
      expect(version.additionalProperties).toBe(false);
      expect(version.required).toEqual(["version", "purpose", "repayment", "borrowing", "finances", "assets", "ecosystem", "spending"]);
      expect(Object.keys(version.properties!)).toContain("business");
      expect(version.properties!.repayment!.properties!.onTimeMonths).toMatchObject({ type: "integer", minimum: 0, maximum: 600 });
    }
    expect(v1!.properties!.version).toMatchObject({ const: 1 });
    expect(v2!.properties!.version).toMatchObject({ const: 2 });
    expect(v2!.properties!.finances!.properties!.incomeSource).toMatchObject({ enum: ["salary", "business", "freelance", "pension", "none"] });
    expect(v2!.properties!.borrowing!.properties!.largestDraw6m).toBeDefined();
    expect(v1!.properties!.borrowing!.properties!.largestDraw6m).toBeUndefined();
  });

  it("describes the default profiles, and rejects what the API rejects", async () => {
    const schema = (await (await GET(apiRequest("GET", "/api/schema"))).json()) as JsonSchema;
    expect(conforms(defaultProfile, schema)).toEqual([]);
    expect(conforms({ ...defaultProfile, purpose: "business", business: defaultBusiness }, schema)).toEqual([]);
    expect(conforms({ ...defaultProfile, version: 3 }, schema)).not.toEqual([]);
    // A v1 profile (what older clients send) conforms; v2's new fields under version 1 do not.
    expect(conforms(PERSONAS_V1.typical, schema)).toEqual([]);
    expect(conforms(PERSONAS_V1.soleTrader, schema)).toEqual([]);
    expect(conforms({ ...defaultProfile, version: 1 }, schema)).not.toEqual([]);
    expect(conforms({ ...defaultProfile, extra: true }, schema)).not.toEqual([]);
    expect(conforms({ ...defaultProfile, ecosystem: { ...defaultProfile.ecosystem, zhimaScore: 1000 } }, schema)).not.toEqual([]);
  });
});
