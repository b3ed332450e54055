import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/schema/route";
import { defaultBusiness, defaultProfile } from "@/lib/profile/defaults";
import { apiRequest, ORIGIN } from "./helpers";

type JsonSchema = {
  type?: string | string[];
  anyOf?: JsonSchema[];
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
    expect(schema.type).toBe("object");
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toEqual(["version", "purpose", "repayment", "borrowing", "finances", "assets", "ecosystem", "spending"]);
    expect(Object.keys(schema.properties!)).toContain("business");
    expect(schema.properties!.repayment!.properties!.onTimeMonths).toMatchObject({ type: "integer", minimum: 0, maximum: 600 });
  });

  it("describes the default profiles, and rejects what the API rejects", async () => {
    const schema = (await (await GET(apiRequest("GET", "/api/schema"))).json()) as JsonSchema;
    expect(conforms(defaultProfile, schema)).toEqual([]);
    expect(conforms({ ...defaultProfile, purpose: "business", business: defaultBusiness }, schema)).toEqual([]);
    expect(conforms({ ...defaultProfile, version: 2 }, schema)).not.toEqual([]);
    expect(conforms({ ...defaultProfile, extra: true }, schema)).not.toEqual([]);
    expect(conforms({ ...defaultProfile, ecosystem: { ...defaultProfile.ecosystem, zhimaScore: 1000 } }, schema)).not.toEqual([]);
  });
});
