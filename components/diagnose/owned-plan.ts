// Which saved plan this browser owns: the one named in the link (?plan=…) when its token is here, else the
// only one it holds. Tokens never leave localStorage except in an Authorization header.
import { ownerTokenKey, readOwnerToken } from "@/components/plan/owner-token";

export interface OwnedPlan {
  planId: string;
  token: string;
}

/** "missing": a plan was named but this browser holds no token for it. */
export function findOwnedPlan(named: string | null): OwnedPlan | "missing" | null {
  if (named) {
    const token = readOwnerToken(named);
    return token ? { planId: named, token } : "missing";
  }
  const prefix = ownerTokenKey("");
  const ids: string[] = [];
  try {
    for (let i = 0; i < window.localStorage.length; i++) {
      const key = window.localStorage.key(i);
      if (key?.startsWith(prefix)) ids.push(key.slice(prefix.length));
    }
  } catch {
    return null;
  }
  // Several plans and none named: do not guess which one the person means.
  if (ids.length !== 1) return null;
  const token = readOwnerToken(ids[0]!);
  return token ? { planId: ids[0]!, token } : null;
}
