"use client";
// Who is looking at the plan, decided in the browser: the owner holds the edit token in localStorage,
// everyone else sees the same server-rendered page read-only. Until hydration the role is "unknown",
// so the server HTML never claims either way and nothing flickers from "read-only" to "owner".
import { createContext, useCallback, useContext, useMemo, useReducer, useRef, useSyncExternalStore, type ReactNode } from "react";
import { checklistReducer, initialChecklist, type ChecklistState } from "../checklist/checklist-state";
import { readOwnerToken } from "./owner-token";
import { patchChecklist } from "./plan-api";

export type Role = "unknown" | "owner" | "viewer";

export interface ChecklistLabels {
  done: string;
  saving: string;
  saved: string;
  failed: string;
  unauthorized: string;
}

export interface OwnerContextValue {
  planId: string;
  locale: string;
  role: Role;
  token: string | null;
  checklist: ChecklistState;
  toggle: (id: string, checked: boolean) => void;
  labels: ChecklistLabels;
}

const OwnerContext = createContext<OwnerContextValue | null>(null);

// Another tab may save or forget the token; same-tab changes navigate away anyway.
function subscribeStorage(onChange: () => void) {
  window.addEventListener("storage", onChange);
  return () => window.removeEventListener("storage", onChange);
}
const noSubscription = () => () => {};

export function OwnerProvider({
  planId,
  locale,
  checklist,
  labels,
  children,
}: {
  planId: string;
  locale: string;
  checklist: Readonly<Record<string, boolean | undefined>>;
  labels: ChecklistLabels;
  children: ReactNode;
}) {
  const hydrated = useSyncExternalStore(noSubscription, () => true, () => false);
  const token = useSyncExternalStore(subscribeStorage, () => readOwnerToken(planId), () => null);
  const role: Role = !hydrated ? "unknown" : token ? "owner" : "viewer";
  const [state, dispatch] = useReducer(checklistReducer, checklist, initialChecklist);
  const sequence = useRef(0);

  const toggle = useCallback(
    (id: string, checked: boolean) => {
      if (!token) return;
      const seq = ++sequence.current;
      dispatch({ type: "toggle", id, checked, seq });
      void patchChecklist(planId, token, locale, { [id]: checked }).then((outcome) => {
        if (outcome.ok) dispatch({ type: "saved", id, checked, seq });
        else dispatch({ type: "failed", id, seq, reason: outcome.reason === "unauthorized" ? "unauthorized" : "failed" });
      });
    },
    [planId, token, locale],
  );

  const value = useMemo(
    () => ({ planId, locale, role, token, checklist: state, toggle, labels }),
    [planId, locale, role, token, state, toggle, labels],
  );
  return <OwnerContext.Provider value={value}>{children}</OwnerContext.Provider>;
}

/**
 * The saved plan's owner context, or null outside a saved plan: the unsaved result the questionnaire shows
 * (components/questionnaire/full-result.tsx) renders the plan's parts with no plan behind them, in the
 * browser of the person who just answered, so there is nothing to tick and no one else to hide figures from.
 */
export function useMaybeOwner(): OwnerContextValue | null {
  return useContext(OwnerContext);
}

export function useOwner(): OwnerContextValue {
  const value = useContext(OwnerContext);
  if (!value) throw new Error("useOwner must be used inside <OwnerProvider>");
  return value;
}
