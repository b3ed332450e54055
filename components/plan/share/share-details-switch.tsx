"use client";
// The owner's "share my answers" switch, in the share card (owner's browser only). Off by default: the
// link then shows no answers and no amounts. The page is refreshed after a change, so what the owner sees
// around it matches what a viewer now gets.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useOwner } from "../owner/owner-context";
import { patchShareDetails } from "../owner/plan-api";

export interface ShareDetailsLabels {
  heading: string;
  label: string;
  explain: string;
  on: string;
  off: string;
  saving: string;
  failed: string;
  unauthorized: string;
}

type Status = "idle" | "saving" | "failed" | "unauthorized";

export function ShareDetailsSwitch({ shared, labels }: { shared: boolean; labels: ShareDetailsLabels }) {
  const { role, token, planId, locale } = useOwner();
  const router = useRouter();
  const [value, setValue] = useState(shared);
  const [status, setStatus] = useState<Status>("idle");
  if (role !== "owner" || !token) return null;

  async function change(next: boolean) {
    if (!token || status === "saving") return;
    // Shown at once; put back if the server refuses.
    setValue(next);
    setStatus("saving");
    const outcome = await patchShareDetails(planId, token, locale, next);
    if (outcome.ok) {
      setStatus("idle");
      router.refresh();
    } else {
      setValue(!next);
      setStatus(outcome.reason === "unauthorized" ? "unauthorized" : "failed");
    }
  }

  const problem = status === "failed" || status === "unauthorized";
  return (
    <div data-testid="share-details" className="mt-5 rounded-lg border border-line p-4 print:hidden">
      <h3 className="font-semibold text-ink">{labels.heading}</h3>
      <p id="share-details-explain" className="mt-1 text-sm text-ink">
        {labels.explain}
      </p>
      <label className="mt-3 flex min-h-11 items-center gap-3 text-ink">
        <input
          type="checkbox"
          data-testid="share-details-toggle"
          className="size-5 accent-brand-700"
          checked={value}
          aria-busy={status === "saving"}
          aria-describedby="share-details-explain share-details-status"
          onChange={(event) => void change(event.currentTarget.checked)}
        />
        {labels.label}
      </label>
      <p id="share-details-status" role={problem ? "alert" : "status"} className={`mt-1 text-sm ${problem ? "font-semibold text-red-900" : "text-muted"}`}>
        {status === "saving" ? labels.saving : status === "failed" ? labels.failed : status === "unauthorized" ? labels.unauthorized : value ? labels.on : labels.off}
      </p>
    </div>
  );
}
