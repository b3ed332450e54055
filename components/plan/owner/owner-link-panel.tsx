"use client";
// The owner's private link, shown only in the owner's browser: with it, another browser or phone gets
// the owner's rights too. The token stays in the fragment, which browsers never send to a server.
import { CopyLink, type CopyLinkLabels } from "../share/copy-link";
import { useOwner } from "./owner-context";
import { originOf, ownerLink } from "@/lib/http/owner-link";

export interface OwnerLinkLabels extends CopyLinkLabels {
  heading: string;
  warning: string;
}

export function OwnerLinkPanel({ shareUrl, labels }: { shareUrl: string; labels: OwnerLinkLabels }) {
  const { role, token, planId, locale } = useOwner();
  // Only after hydration does the page know it is the owner's browser, so window is there.
  if (role !== "owner" || !token) return null;
  const url = ownerLink(originOf(shareUrl, window.location.origin), locale, planId, token);
  return (
    <div data-testid="owner-link-panel" className="mt-5 rounded-lg border-2 border-amber-600 bg-amber-50 p-4 print:hidden">
      <h3 className="font-semibold text-ink">{labels.heading}</h3>
      <p id="owner-link-warning" className="mt-1 text-sm text-ink">
        {labels.warning}
      </p>
      <div className="mt-3">
        <CopyLink url={url} labels={labels} fieldId="owner-url" testId="owner-link" description="owner-link-warning" />
      </div>
    </div>
  );
}
