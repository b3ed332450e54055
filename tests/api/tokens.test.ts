import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { closeDb } from "@/lib/db";
import { createPlan, getPlan } from "@/lib/plans";
import { editTokenMatches, hashEditToken, isEditToken, isPlanId, newEditToken, newPlanId } from "@/lib/plans/tokens";
import { defaultProfile } from "@/lib/profile/defaults";
import { storedText, useTempDatabase } from "./helpers";

const { file } = useTempDatabase("tokens");

describe("edit tokens and plan ids", () => {
  it("carry well over 128 random bits, base64url", () => {
    const ids = new Set(Array.from({ length: 200 }, newPlanId));
    const tokens = new Set(Array.from({ length: 200 }, newEditToken));
    expect(ids.size).toBe(200);
    expect(tokens.size).toBe(200);
    for (const id of ids) expect(Buffer.from(id, "base64url")).toHaveLength(18);
    for (const token of tokens) expect(Buffer.from(token, "base64url")).toHaveLength(32);
    expect([...ids].every(isPlanId)).toBe(true);
    expect([...tokens].every(isEditToken)).toBe(true);
    expect(isPlanId("x".repeat(23))).toBe(false);
    expect(isPlanId("a/b+cdefghijklmnopqrstuv")).toBe(false);
  });

  it("hash as sha256 hex and compare only against the hash", () => {
    const token = newEditToken();
    const hash = hashEditToken(token);
    expect(hash).toBe(createHash("sha256").update(token).digest("hex"));
    expect(editTokenMatches(token, hash)).toBe(true);
    expect(editTokenMatches(newEditToken(), hash)).toBe(false);
    expect(editTokenMatches(token, "")).toBe(false);
    expect(editTokenMatches(token, "not hex")).toBe(false);
  });

  it("only the hash reaches the database file", async () => {
    const { plan, editToken } = await createPlan(defaultProfile);
    expect(await getPlan(plan.id)).toEqual(plan);
    await closeDb(); // flush everything to disk (SQLite checkpoints the WAL on close)
    const bytes = await storedText(file);
    expect(bytes).toContain(plan.id);
    expect(bytes).toContain(hashEditToken(editToken));
    expect(bytes).not.toContain(editToken);
    expect(bytes).not.toContain(Buffer.from(editToken, "base64url").toString("latin1")); // nor its raw bytes
  });
});
