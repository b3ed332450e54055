// Plan ids and edit tokens. Both are random and unguessable; only a hash of the edit token is stored,
// so a leaked database copy cannot be used to edit or delete anyone's plan.
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

const PLAN_ID_BYTES = 18; // 144 random bits → 24 base64url characters
const EDIT_TOKEN_BYTES = 32; // 256 random bits → 43 base64url characters

const PLAN_ID = /^[A-Za-z0-9_-]{24}$/;
const EDIT_TOKEN = /^[A-Za-z0-9_-]{43}$/;

export const newPlanId = (): string => randomBytes(PLAN_ID_BYTES).toString("base64url");
export const newEditToken = (): string => randomBytes(EDIT_TOKEN_BYTES).toString("base64url");

/** Checked before any query: a malformed id is simply "not found", never a database error. */
export const isPlanId = (value: string): boolean => PLAN_ID.test(value);
export const isEditToken = (value: string): boolean => EDIT_TOKEN.test(value);

/** sha256 hex. A plain hash suffices: the token has 256 random bits, so there is nothing to brute-force. */
export function hashEditToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** Constant-time comparison of a presented token with the stored hash. */
export function editTokenMatches(token: string, storedHash: string): boolean {
  const presented = Buffer.from(hashEditToken(token), "hex");
  const stored = Buffer.from(storedHash, "hex");
  return presented.length === stored.length && timingSafeEqual(presented, stored);
}
