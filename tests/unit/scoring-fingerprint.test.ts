// A change to the model's output must come with a new MODEL_VERSION: the personas' results are hashed,
// and the hash is pinned to the version. Changed the model on purpose? Bump MODEL_VERSION (and say why in
// docs/model.md), then add the new version's hash below. The path and routes are left out: they are
// pinned by their own tests, and are wired in separately.
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { MODEL_VERSION, evaluate, type Result } from "@/lib/scoring";
import { ALL_PERSONAS } from "../fixtures/personas-v2";

const FINGERPRINTS: Readonly<Record<string, string>> = {
  "2026.2": "730b3fc0519dbc87",
};

function fingerprint(results: Omit<Result, "path" | "routes">[]): string {
  return createHash("sha256").update(JSON.stringify(results)).digest("hex").slice(0, 16);
}

const personaResults = () =>
  Object.values(ALL_PERSONAS).map((p) => {
    const { path: _path, routes: _routes, ...rest } = evaluate(p);
    return rest;
  });

describe("model fingerprint", () => {
  it("the personas' results match the fingerprint pinned to MODEL_VERSION", () => {
    const actual = fingerprint(personaResults());
    expect(FINGERPRINTS[MODEL_VERSION], `model ${MODEL_VERSION} gives ${actual}: a changed output needs a new MODEL_VERSION`).toBe(actual);
  });

  it("any change to any result changes the fingerprint (the check can fail)", () => {
    const results = personaResults();
    const tampered = structuredClone(results);
    tampered[0]!.score += 1;
    expect(fingerprint(tampered)).not.toBe(fingerprint(results));
  });
});
