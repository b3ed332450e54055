// The owner's edit token lives only in this browser (never in a URL, so never in a log or Referer).
export const ownerTokenKey = (planId: string) => `liftplan:owner:${planId}`;
const key = ownerTokenKey;
export const OWNER_KEY_PREFIX = ownerTokenKey("");

/** Plan ids with an edit token in this storage, in a stable order. */
export function ownedPlanIds(storage: Pick<Storage, "length" | "key" | "getItem">): string[] {
  const ids: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const stored = storage.key(i);
    if (stored?.startsWith(OWNER_KEY_PREFIX) && stored.length > OWNER_KEY_PREFIX.length && storage.getItem(stored)) {
      ids.push(stored.slice(OWNER_KEY_PREFIX.length));
    }
  }
  return ids.sort();
}

export function saveOwnerToken(planId: string, token: string): void {
  try {
    window.localStorage.setItem(key(planId), token);
  } catch {
    // Private mode or storage full: the plan still works, only editing from this browser is lost.
  }
}

export function readOwnerToken(planId: string): string | null {
  try {
    return window.localStorage.getItem(key(planId));
  } catch {
    return null;
  }
}

export function forgetOwnerToken(planId: string): void {
  try {
    window.localStorage.removeItem(key(planId));
  } catch {
    // Nothing to forget.
  }
}
