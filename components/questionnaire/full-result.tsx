"use client";
// The whole result of answers that were not saved, drawn with the plan page's own parts: triage when it
// applies, the band and what holds it, the warnings, the ranked steps with the next one, then the year
// ahead, the area scores and the don'ts folded as on the plan. Loaded on demand (result-preview.tsx), with
// the catalogue, so the questionnaire's first load carries none of it. There is no plan behind it: no
// tick boxes, no sharing, no management (components/plan/owner-context.tsx, useMaybeOwner). The answers
// are the person's own, in their own browser, so every part shows their figures.
import { useTranslations } from "next-intl";
import type { Profile } from "@/lib/profile/schema";
import { dontsFor } from "@/lib/scoring/donts";
import { isResultV2, type Result } from "@/lib/scoring/types";
import { BandSummary } from "@/components/plan/result/band-summary";
import { DimensionList } from "@/components/plan/result/dimension-list";
import { DontList } from "@/components/plan/result/dont-list";
import { LimitSummary } from "@/components/plan/limit/limit-summary";
import { PlanFold } from "@/components/plan/result/plan-fold";
import { RecommendationGroups } from "@/components/plan/result/recommendation-groups";
import { TriageSection } from "@/components/plan/triage/triage-section";
import { WarningCallouts } from "@/components/plan/result/warning-callouts";
import { YearAhead } from "@/components/path/year-ahead";

export function FullResult({ result, profile }: { result: Result; profile: Profile }) {
  const tLayout = useTranslations("plan.layout");
  const tPath = useTranslations("path");
  const tDimensions = useTranslations("plan.dimensions");
  const tDonts = useTranslations("plan.donts");
  const donts = dontsFor(profile);
  const hasPath = isResultV2(result) && result.path.length > 0;

  return (
    <div className="space-y-6" data-testid="full-result">
      <TriageSection profile={profile} details={profile} recommendations={result.recommendations} />
      <div className="space-y-4" data-testid="plan-result">
        <BandSummary band={result.band} score={result.score} />
        {isResultV2(result) && <LimitSummary result={result} profile={profile} details={profile} />}
        <WarningCallouts warnings={result.warnings} />
      </div>
      <RecommendationGroups recommendations={result.recommendations} profile={profile} details={profile} band={result.band.id} />
      <section aria-labelledby="more-heading" data-testid="plan-more" className="space-y-3">
        <h2 id="more-heading" className="text-xl font-semibold text-ink">
          {tLayout("moreHeading")}
        </h2>
        {hasPath && (
          <PlanFold id="path" summary={tPath("heading")}>
            <YearAhead result={result} />
          </PlanFold>
        )}
        <PlanFold id="dimensions" summary={tDimensions("heading")}>
          <DimensionList dimensions={result.dimensions} profile={profile} details={profile} />
        </PlanFold>
        {donts.length > 0 && (
          <PlanFold id="donts" summary={tDonts("heading")}>
            <DontList ids={donts} />
          </PlanFold>
        )}
      </section>
    </div>
  );
}
