"use client";
// The saved plan's steps as tick boxes: a ticked step is applied to the answers (its own apply() from the
// catalogue, exactly what its estimated gain was scored on).
import { useFormatter, useTranslations } from "next-intl";
import type { Profile } from "@/lib/profile/schema";
import type { BandId, RecommendationId, RecommendationV2 } from "@/lib/scoring";
import { MONEY_FORMAT } from "@/lib/plan-text/band-range";
import { bandLabel } from "@/lib/plan-text/band-label";
import { gainText } from "@/lib/plan-text/gain-text";
import { gainOf } from "@/lib/plan-text/limit-logic";
import { recommendationText } from "@/lib/plan-text/recommendation-text";

export function WhatIfSteps({
  saved,
  offered,
  band,
  ticked,
  onToggle,
}: {
  saved: Profile;
  offered: readonly RecommendationV2[];
  /** The saved plan's band, to say which steps alone move it. */
  band: BandId;
  ticked: readonly RecommendationId[];
  onToggle: (id: RecommendationId, on: boolean) => void;
}) {
  const t = useTranslations("whatif.steps");
  const tScoring = useTranslations("scoring");
  const tLimit = useTranslations("limit");
  const tBand = useTranslations("plan.band");
  const format = useFormatter();
  const name = (id: BandId) => bandLabel(id, (n) => format.number(n, MONEY_FORMAT), tBand, tLimit);

  return (
    <fieldset className="space-y-2">
      <legend className="font-semibold text-ink">{t("legend")}</legend>
      <p className="text-sm text-muted">{t("hint")}</p>
      {offered.length === 0 && <p className="text-ink">{t("none")}</p>}
      <ul className="space-y-2">
        {offered.map((r) => {
          const id = r.id as RecommendationId;
          const inputId = `whatif-step-${id}`;
          return (
            <li key={id}>
              <label
                htmlFor={inputId}
                className="flex min-h-11 cursor-pointer items-start gap-3 rounded-lg border border-line px-3 py-2 hover:bg-brand-50"
              >
                <input
                  id={inputId}
                  type="checkbox"
                  data-testid={inputId}
                  className="mt-1 size-5 shrink-0 accent-brand-700"
                  checked={ticked.includes(id)}
                  onChange={(event) => onToggle(id, event.currentTarget.checked)}
                />
                <span className="min-w-0 flex-1 text-ink">
                  {recommendationText(tScoring, id, saved).title}
                  <span data-testid={`${inputId}-gain`} data-gain={gainOf(r)} className="ml-2 text-sm text-brand-900">
                    {gainText(tLimit, r, band, name)}
                  </span>
                </span>
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
