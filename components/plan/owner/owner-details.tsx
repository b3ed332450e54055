"use client";
// The plan's answers in the browser, for the parts of the page that show amounts. The server renders
// every plan page as a stranger sees it (it is cached and shared by everyone): without the owner's
// "share my answers" it carries no answers at all. The owner's browser then fetches the whole plan with
// its token (never in a URL) and these parts fill in the owner's own figures.
//
// `shared` is the profile when the owner shares the answers (then the server already rendered them).
import { createContext, useContext, useEffect, useState, type ReactNode } from "react";
import type { Profile } from "@/lib/profile/schema";
import { fetchOwnerProfile, type OwnerAnswersFailure } from "./owner-answers";
import { useOwner } from "./owner-context";

export type DetailsState =
  | { kind: "shared"; profile: Profile }
  | { kind: "hidden" } // a viewer, or the owner's answers not loaded yet
  | { kind: "loading" }
  | { kind: "owner"; profile: Profile }
  | { kind: "failed" };

const DetailsContext = createContext<DetailsState>({ kind: "hidden" });

/**
 * `version`: the plan's updatedAt as the server rendered it; when a save refreshes the page, it changes
 * and the owner's answers are fetched again.
 */
export function OwnerDetailsProvider({ shared, version, children }: { shared: Profile | null; version: string; children: ReactNode }) {
  const { role, token, planId, locale } = useOwner();
  const [loaded, setLoaded] = useState<{ key: string; result: Profile | OwnerAnswersFailure } | null>(null);
  const wanted = !shared && role === "owner" && token !== null;
  const key = `${token}\n${version}`;

  useEffect(() => {
    if (!wanted || !token || loaded?.key === key) return;
    let live = true;
    void fetchOwnerProfile(planId, token, locale).then((result) => {
      if (live) setLoaded({ key, result });
    });
    return () => {
      live = false;
    };
  }, [wanted, token, key, planId, locale, loaded]);

  let state: DetailsState;
  if (shared) state = { kind: "shared", profile: shared };
  else if (!wanted) state = { kind: "hidden" };
  // While a newer version loads, the last answers stay on screen (no flash back to general words).
  else if (!loaded) state = { kind: "loading" };
  else state = typeof loaded.result === "string" ? { kind: "failed" } : { kind: "owner", profile: loaded.result };
  return <DetailsContext.Provider value={state}>{children}</DetailsContext.Provider>;
}

export function useDetails(): DetailsState {
  return useContext(DetailsContext);
}

/** The answers this browser may show, shared or the owner's own; null otherwise. */
export function useDetailsProfile(): Profile | null {
  const state = useDetails();
  return state.kind === "shared" || state.kind === "owner" ? state.profile : null;
}
