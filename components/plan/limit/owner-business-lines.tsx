"use client";
// The sole trader's business figures in the owner's browser, once the owner's answers have arrived
// (owner-details.tsx): the server renders nothing here for a plan whose answers are not shared, so a
// stranger's copy holds none of them. The lines come in a chunk of their own, with the catalogue.
import { lazy, Suspense } from "react";
import { useOwner } from "@/components/plan/owner/owner-context";
import { useDetails } from "@/components/plan/owner/owner-details";
import { WithCatalogue } from "@/components/plan/owner/owner-catalogue";

const BusinessLines = lazy(() => import("./business-lines").then((m) => ({ default: m.BusinessLines })));

export function OwnerBusinessLines() {
  const details = useDetails();
  const { locale } = useOwner();
  if (details.kind !== "owner" || !details.profile.business) return null;
  return (
    <WithCatalogue locale={locale} fallback={null}>
      <Suspense fallback={null}>
        <BusinessLines profile={details.profile} />
      </Suspense>
    </WithCatalogue>
  );
}
