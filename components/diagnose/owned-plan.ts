// Which saved plan this browser owns: the one named in the link (?plan=…) when its token is here, else the
// only one it holds. Tokens never leave localStorage except in an Authorization header.
import { ownedPlanIds, readOwnerToken } from "@/components/plan/owner/owner-token";

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
  let ids: string[];
  try {
    ids = ownedPlanIds(window.localStorage);
  } catch {
    return null;
  }
  // Several plans and none named: do not guess which one the person means.
  if (ids.length !== 1) return null;
  const token = readOwnerToken(ids[0]!);
  return token ? { planId: ids[0]!, token } : null;
}
