"use client";
// Opening the private owner link (#owner=… in the address) makes this browser the owner's: the token is
// checked with the server, remembered, and taken out of the address bar so it is not left in the history,
// a bookmark or a screenshot. A token the server refuses is not stored, and the visitor is told so.
import { useEffect, useState } from "react";
import { saveOwnerToken } from "./owner-token";
import { readOwnerFragment } from "@/lib/http/owner-link";
import { verifyOwnerToken } from "./plan-api";

export interface OwnerClaimLabels {
  checking: string;
  granted: string;
  refused: string;
  failed: string;
}

type Status = "idle" | "checking" | "granted" | "refused" | "failed";

/** Drops the fragment from the current address without reloading or adding a history entry. */
function clearFragment() {
  const { pathname, search } = window.location;
  window.history.replaceState(window.history.state, "", pathname + search);
}

export function OwnerLinkClaim({ planId, locale, labels }: { planId: string; locale: string; labels: OwnerClaimLabels }) {
  const [status, setStatus] = useState<Status>("idle");

  useEffect(() => {
    let live = true;
    function claim() {
      const fragment = readOwnerFragment(window.location.hash);
      if (fragment.kind === "none") return;
      clearFragment();
      if (fragment.kind === "malformed") {
        setStatus("refused");
        return;
      }
      setStatus("checking");
      void verifyOwnerToken(planId, fragment.token, locale).then((outcome) => {
        if (!live) return;
        if (outcome.ok) {
          saveOwnerToken(planId, fragment.token);
          // The owner context listens for storage events; same-tab writes do not fire one by themselves.
          window.dispatchEvent(new StorageEvent("storage", { key: `liftplan:owner:${planId}` }));
          setStatus("granted");
        } else {
          setStatus(outcome.reason === "failed" ? "failed" : "refused");
        }
      });
    }
    claim();
    // The link pasted into a tab that already shows the plan changes only the fragment: no new page load.
    window.addEventListener("hashchange", claim);
    return () => {
      live = false;
      window.removeEventListener("hashchange", claim);
    };
  }, [planId, locale]);

  if (status === "idle") return null;
  const problem = status === "refused" || status === "failed";
  const message = { checking: labels.checking, granted: labels.granted, refused: labels.refused, failed: labels.failed }[status];
  return (
    <p
      role={problem ? "alert" : "status"}
      data-testid="owner-claim"
      data-status={status}
      className={`rounded-card border p-4 print:hidden ${
        problem ? "border-red-700 bg-red-50 font-semibold text-red-900" : "border-brand-200 bg-brand-50 text-ink"
      }`}
    >
      {message}
    </p>
  );
}
