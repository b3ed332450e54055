"use client";
// One step's personal words (why, how, the target with today's value) in the owner's browser, in place
// of the general words the server rendered for everyone (`children`). See owner-details.tsx.
import type { ReactNode } from "react";
import { useTranslations } from "next-intl";
import { useOwner } from "./owner-context";
import { useDetails } from "./owner-details";
import { WithCatalogue } from "./owner-catalogue";
import { recommendationText } from "./recommendation-text";
import type { Translator } from "./translate";
import type { Profile } from "@/lib/profile/schema";

export function OwnerStepText({ id, children }: { id: string; children: ReactNode }) {
  const details = useDetails();
  const { locale } = useOwner();
  if (details.kind !== "owner") return <>{children}</>;
  return (
    <WithCatalogue locale={locale} fallback={children}>
      <PersonalLines id={id} profile={details.profile} />
    </WithCatalogue>
  );
}

function PersonalLines({ id, profile }: { id: string; profile: Profile }) {
  const t = useTranslations("plan.recommendations");
  const tScoring = useTranslations("scoring");
  const { why, how, target } = recommendationText(tScoring as unknown as Translator, id, profile);
  const label = (chunks: ReactNode) => <span className="font-semibold">{chunks}</span>;
  return (
    <div data-testid={`rec-${id}-personal`}>
      {why && <p className="mt-2 text-ink">{t.rich("why", { text: why, label })}</p>}
      {how && <p className="mt-1 text-ink">{t.rich("how", { text: how, label })}</p>}
      {target && (
        <p className="mt-1 text-ink" data-testid={`rec-${id}-target`}>
          {t.rich("target", { text: target, label })}
        </p>
      )}
    </div>
  );
}
