// The ranked plan, grouped into "Do now" / "Next 3 months" / "Long term".
import { useTranslations } from "next-intl";
import type { Profile } from "@/lib/profile/schema";
import type { BandId, Recommendation, RecommendationV2 } from "@/lib/scoring/types";
import { groupByHorizon } from "@/lib/plans/horizons";
import { ChecklistSummary } from "./next-step-marker";
import { planOrder } from "@/lib/scoring/next-step";
import { stepText } from "@/lib/plan-text/step-text";
import { RecommendationItem } from "./recommendation-item";

export function RecommendationGroups({
  recommendations,
  profile,
  details,
  band,
}: {
  recommendations: (Recommendation | RecommendationV2)[];
  /** The answers, on the server only: they decide the plan's order (triage), never shown from here. */
  profile: Profile;
  /** The answers, only when everyone may see them (recommendation-item.tsx). */
  details: Profile | null;
  /** The plan's band, to say which steps alone move it. */
  band: BandId;
}) {
  const t = useTranslations("plan.recommendations");
  const tLayout = useTranslations("plan.layout");
  const tProgress = useTranslations("progress.checklist");
  const tScoring = useTranslations("scoring");
  const groups = groupByHorizon(recommendations);
  const order = planOrder(recommendations, profile);
  const tView = useTranslations("shareView");
  const titles = Object.fromEntries(order.map((id) => [id, stepText(tScoring, tView, id, details).title]));

  return (
    <section aria-labelledby="plan-heading">
      <h2 id="plan-heading" className="text-xl font-semibold text-ink">
        {t("heading")}
      </h2>
      <p className="mt-1 text-sm text-muted">{t("intro")}</p>
      {groups.length === 0 && <p className="mt-4 text-ink">{t("none")}</p>}
      <ChecklistSummary
        order={order}
        titles={titles}
        labels={{
          progress: Array.from({ length: order.length + 1 }, (_, done) => tProgress("done", { done, total: order.length })),
          next: tProgress("next"),
          allDone: tProgress("allDone"),
        }}
      />
      {groups.map(({ horizon, items }) => {
        const group = (
          <section key={horizon} aria-labelledby={`horizon-${horizon}`} data-testid={`horizon-${horizon}`} className="mt-6">
            <h3 id={`horizon-${horizon}`} className="font-semibold text-ink">
              {t(`groups.${horizon}`)}
            </h3>
            <ol className="mt-3 space-y-3">
              {items.map((r) => (
                <RecommendationItem key={r.id} recommendation={r} details={details} order={order} band={band} />
              ))}
            </ol>
          </section>
        );
        // The long-term steps wait folded, so the plan's first screens are what to do now and soon.
        if (horizon !== "long") return group;
        return (
          <details key={horizon} data-testid="fold-long" className="group mt-6 [&>section]:mt-2 [&>section>h3]:sr-only">
            <summary className="flex min-h-11 cursor-pointer items-center gap-2 py-2 font-semibold text-ink">
              {tLayout("longSummary", { count: items.length })}
            </summary>
            {group}
          </details>
        );
      })}
    </section>
  );
}
