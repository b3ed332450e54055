"use client";
// One step's personal words for the owner, formatted from the answers. A module of its own, loaded only
// when the owner's answers have arrived (owner-step-text.tsx): the step texts need the scoring model's
// facts and targets, which must stay out of the plan page's first load (the what-if loads them on demand).
import type { ReactNode } from "react";
import { useTranslations } from "next-intl";
import { recommendationText } from "@/lib/plan-text/recommendation-text";
import type { Profile } from "@/lib/profile/schema";

export function PersonalLines({ id, profile }: { id: string; profile: Profile }) {
  const t = useTranslations("plan.recommendations");
  const tScoring = useTranslations("scoring");
  const { why, how, target } = recommendationText(tScoring, id, profile);
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
