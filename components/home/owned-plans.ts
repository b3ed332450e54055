// The plans this browser owns: those whose edit token it keeps (components/plan/owner-token.ts).
import { ownerTokenKey } from "@/components/plan/owner-token";

export const OWNER_KEY_PREFIX = ownerTokenKey("");

/** Plan ids with an edit token in this storage, in a stable order. */
export function ownedPlanIds(storage: Pick<Storage, "length" | "key" | "getItem">): string[] {
  const ids: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key?.startsWith(OWNER_KEY_PREFIX) && key.length > OWNER_KEY_PREFIX.length && storage.getItem(key)) {
      ids.push(key.slice(OWNER_KEY_PREFIX.length));
    }
  }
  return ids.sort();
}
