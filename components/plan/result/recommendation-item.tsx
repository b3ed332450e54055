// One step of the plan: what to do, why it matters for this person, how, the target with today's value,
// when it shows, its effort and its gain in words (small / medium / large, and the band it moves to).
// `details` is null on the page everyone is served (the owner has not shared the answers): general words
// then, and the owner's browser fills in its own figures.
import type { ReactNode } from "react";
import { useFormatter, useTranslations } from "next-intl";
import type { Profile } from "@/lib/profile/schema";
import type { BandId, Recommendation, RecommendationV2 } from "@/lib/scoring/types";
import { MONEY_FORMAT } from "@/lib/plan-text/band-range";
import { ChecklistBox } from "../checklist/checklist-box";
import { NextStepMarker } from "./next-step-marker";
import { bandLabel } from "@/lib/plan-text/band-label";
import { gainText } from "@/lib/plan-text/gain-text";
import { gainOf } from "@/lib/plan-text/limit-logic";
import { OwnerStepText } from "../owner/owner-step-text";
import { stepText } from "@/lib/plan-text/step-text";
import { maybe } from "@/lib/i18n/translate";

export function RecommendationItem({
  recommendation: r,
  details,
  order,
  band,
}: {
  recommendation: Recommendation | RecommendationV2;
  details: Profile | null;
  /** The plan's band, to say when a step alone moves it. */
  band: BandId;
  /** Every step's id in the order shown, to tell whether this one is next. */
  order: readonly string[];
}) {
  const t = useTranslations("plan.recommendations");
  const tChecklist = useTranslations("plan.checklist");
  const tProgress = useTranslations("progress.checklist");
  const tScoring = useTranslations("scoring");
  const tLimit = useTranslations("limit");
  const tBand = useTranslations("plan.band");
  const format = useFormatter();
  const gain = gainText(tLimit, r, band, (id) => bandLabel(id, (n) => format.number(n, MONEY_FORMAT), tBand, tLimit));
  const tView = useTranslations("shareView");
  const { title, why, how, target, shows } = stepText(tScoring, tView, r.id, details);
  const label = (chunks: ReactNode) => <span className="font-semibold">{chunks}</span>;
  // The catalogue's effort labels read on their own ("Low effort", "难度低").
  const effort = maybe(tScoring, `efforts.${r.effort}`) ?? r.effort;
  const titleId = `rec-${r.id}-title`;

  return (
    <li
      data-testid={`rec-${r.id}`}
      className="rounded-card border border-line bg-white p-4 break-inside-avoid"
    >
      <NextStepMarker id={r.id} order={order} label={tProgress("nextBadge")} />
      <div className="flex flex-wrap items-start justify-between gap-x-4 gap-y-2">
        <h4 id={titleId} className="min-w-0 flex-1 text-base font-semibold text-ink">
          {title}
        </h4>
        <ChecklistBox id={r.id} label={tChecklist("doneFor", { title })} />
      </div>
      {details ? (
        <>
          {why && <p className="mt-2 text-ink">{t.rich("why", { text: why, label })}</p>}
          {how && <p className="mt-1 text-ink">{t.rich("how", { text: how, label })}</p>}
          {target && (
            <p className="mt-1 text-ink" data-testid={`rec-${r.id}-target`}>
              {t.rich("target", { text: target, label })}
            </p>
          )}
        </>
      ) : (
        <OwnerStepText id={r.id}>{why && <p className="mt-2 text-ink">{t.rich("why", { text: why, label })}</p>}</OwnerStepText>
      )}
      {shows && <p className="mt-1 text-ink">{t.rich("shows", { text: shows, label })}</p>}
      <p className="mt-3 flex flex-wrap gap-2 text-sm">
        <span className="rounded-full bg-canvas border border-line px-2.5 py-0.5 text-ink">{effort}</span>
        <span data-testid="rec-gain" data-gain={gainOf(r)} className="rounded-full bg-brand-50 px-2.5 py-0.5 text-brand-900">
          {gain}
        </span>
      </p>
    </li>
  );
}
