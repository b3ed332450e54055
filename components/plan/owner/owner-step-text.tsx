"use client";
// One step's personal words (why, how, the target with today's value) in the owner's browser, in place
// of the general words the server rendered for everyone (`children`). See owner-details.tsx.
// The personal lines come in a chunk of their own, with the catalogue, once the answers have arrived.
import { lazy, Suspense, type ReactNode } from "react";
import { useOwner } from "./owner-context";
import { useDetails } from "./owner-details";
import { WithCatalogue } from "./owner-catalogue";

const PersonalLines = lazy(() => import("./owner-personal-lines").then((m) => ({ default: m.PersonalLines })));

export function OwnerStepText({ id, children }: { id: string; children: ReactNode }) {
  const details = useDetails();
  const { locale } = useOwner();
  if (details.kind !== "owner") return <>{children}</>;
  return (
    <WithCatalogue locale={locale} fallback={children}>
      <Suspense fallback={children}>
        <PersonalLines id={id} profile={details.profile} />
      </Suspense>
    </WithCatalogue>
  );
}
