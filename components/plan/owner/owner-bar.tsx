"use client";
// Who may do what: for everyone else the read-only note (at the top of the plan), for the owner the
// management part at the end (edit, delete, and apart from them the private owner link with its warning),
// so the result comes first and a "delete" never sits above it; folded, in one line until opened, like
// the share card above it. `part` says which of the two this is.
import Link from "next/link";
import { buttonClass } from "@/components/ui/button-styles";
import { planPath } from "@/lib/http/plan-url";
import { DeletePlanButton, type DeleteLabels } from "./delete-plan-button";
import { useOwner } from "./owner-context";
import { OwnerLinkPanel, type OwnerLinkLabels } from "./owner-link-panel";
import { PlanFold } from "@/components/plan/result/plan-fold";

export interface OwnerBarLabels {
  ownerHeading: string;
  /** One line under the folded heading: what is inside. */
  ownerHint: string;
  ownerNote: string;
  edit: string;
  viewerNote: string;
  makeYourOwn: string;
  delete: DeleteLabels;
  ownerLink: OwnerLinkLabels;
}

export function OwnerBar({ labels, part, shareUrl }: { labels: OwnerBarLabels; part: "viewer" | "owner"; shareUrl: string }) {
  const { role, planId, locale } = useOwner();
  const owner = role === "owner";
  if (part === "viewer" && owner) return null;
  if (part === "owner" && !owner) return null;
  // Before hydration the server's HTML shows the viewer note at once (no jump, no wait for scripts),
  // except where the early owner hint (owner-hint-script.tsx) found this plan's token before the first
  // frame: the owner never sees a "read-only" claim.
  if (role === "unknown" || role === "viewer") {
    const early = role === "unknown";
    return (
      <aside
        data-testid={early ? undefined : "plan-readonly-note"}
        className={`rounded-card border border-brand-200 bg-brand-50 p-4 text-ink print:hidden${early ? " [html[data-plan-owner]_&]:hidden" : ""}`}
      >
        <p>{labels.viewerNote}</p>
        <p className="mt-2">
          <Link href={`/${locale}`} className="font-semibold text-brand-800 underline underline-offset-2">
            {labels.makeYourOwn}
          </Link>
        </p>
      </aside>
    );
  }

  return (
    <PlanFold id="manage" summary={labels.ownerHeading} hint={labels.ownerHint}>
      <section aria-labelledby="owner-heading" data-testid="owner-controls" className="text-ink">
        <h2 id="owner-heading" className="text-xl font-semibold">
          {labels.ownerHeading}
        </h2>
        <p className="text-sm">{labels.ownerNote}</p>
        <div className="mt-3 flex flex-wrap gap-3">
          <Link href={planPath(planId, locale, "edit")} className={buttonClass("primary")}>
            {labels.edit}
          </Link>
          <DeletePlanButton labels={labels.delete} />
        </div>
        <OwnerLinkPanel shareUrl={shareUrl} labels={labels.ownerLink} />
      </section>
    </PlanFold>
  );
}
