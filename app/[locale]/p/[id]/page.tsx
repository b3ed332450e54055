// The plan: band, score, what holds it, the ranked steps with the next one; folded details (year ahead,
// area scores, don'ts, progress, export); sharing; managing the plan last.
// Server-rendered as a stranger sees it (the page is cached and served to everyone with the link): no
// amount or ratio of amounts from the answers unless the owner shares them (`details`). Anything that
// shows answers takes `details` (null: general words) on the server, or reads useDetailsProfile() in a
// client component, which the owner's browser fills by fetching the plan with its token.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { getFormatter, getTimeZone, getTranslations, setRequestLocale } from "next-intl/server";
import { routing } from "@/lib/i18n/routing";
import { loadPlanPage } from "@/lib/plans";
import { standingsAlongPlan } from "@/lib/plan-path/standing";
import { compareWithCurrentModel, dontsFor, isResultV2 } from "@/lib/scoring";
import { formatBandRange, MONEY_FORMAT } from "@/lib/plan-text/band-range";
import { BandSummary } from "@/components/plan/result/band-summary";
import { DimensionList } from "@/components/plan/result/dimension-list";
import { DontList } from "@/components/plan/result/dont-list";
import { ExportLinks } from "@/components/plan/share/export-links";
import { LimitSummary } from "@/components/plan/limit/limit-summary";
import { ModelComparison } from "@/components/plan/result/model-comparison";
import { OwnerBar } from "@/components/plan/owner/owner-bar";
import { OwnerProvider } from "@/components/plan/owner/owner-context";
import { OwnerDetailsProvider } from "@/components/plan/owner/owner-details";
import { ShareDetailsSwitch } from "@/components/plan/share/share-details-switch";
import { OwnerLinkClaim } from "@/components/plan/owner/owner-link-claim";
import { PlanFold } from "@/components/plan/result/plan-fold";
import { PlanFootnote } from "@/components/plan/result/plan-footnote";
import { ProgressHistory } from "@/components/plan/progress/progress-history";
import { RecommendationGroups } from "@/components/plan/result/recommendation-groups";
import { RetentionNote } from "@/components/plan/owner/retention-note";
import { SharePanel } from "@/components/plan/share/share-panel";
import { shareUrl } from "@/lib/http/plan-url";
import { WarningCallouts } from "@/components/plan/result/warning-callouts";
import { TriageSection } from "@/components/plan/triage/triage-section";
import { WhatIfLauncher } from "@/components/plan/whatif/whatif-launcher";
import { DiagnoseLink } from "@/components/diagnose/diagnose-link";
import { YearAhead } from "@/components/path/year-ahead";

type Params = Promise<{ locale: string; id: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale, id } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: "plan" });
  const robots = { index: false, follow: false };
  const plan = await loadPlanPage(id);
  if (!plan) return { title: t("meta.notFound"), robots };
  const format = await getFormatter({ locale });
  const tBand = await getTranslations({ locale, namespace: "plan.band" });
  const band = formatBandRange(plan.result.band, (n) => format.number(n, MONEY_FORMAT), tBand, "pausedShort");
  // Shared links should not leak a plan into referrer logs of linked sites.
  return { title: t("meta.title", { band }), description: t("meta.description"), robots, referrer: "no-referrer" };
}

export default async function PlanPage({ params }: { params: Params }) {
  const { locale, id } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const plan = await loadPlanPage(id);
  if (!plan) notFound();

  const t = await getTranslations("plan");
  const tClaim = await getTranslations("progress.ownerClaim");
  const tWhatIf = await getTranslations("whatif");
  const url = shareUrl(plan.id);
  // `details`: the answers, only when the owner shares them; never passed to a client component otherwise.
  const { result, profile, details } = plan;
  const tView = await getTranslations("shareView");
  // A plan scored by an older model, or any v1 result, keeps its result; its owner also sees what the
  // current model says from the upgraded answers, with the cap the stored result lacks.
  const comparison = compareWithCurrentModel(result, profile);
  // Each scoring against the year ahead the first one gave (no amounts: safe on a shared plan), with its
  // per-area scores for "since last time"; oldest first.
  const standings = standingsAlongPlan(plan.snapshots);
  const snapshots = plan.snapshots.map(({ detail, ...s }, i) => ({ ...s, dimensions: detail.dimensions, standing: standings[i] }));
  const donts = dontsFor(profile);
  // A year ahead to fold; a v1 plan's note (owner only) stays as it is.
  const hasPath = isResultV2(result) && result.path.length > 0;
  const tLayout = await getTranslations("plan.layout");
  const tShare = await getTranslations("plan.share");
  const [tPath, tDimensions, tDonts, tHistory, tExport] = await Promise.all([
    getTranslations("path"),
    getTranslations("plan.dimensions"),
    getTranslations("plan.donts"),
    getTranslations("plan.history"),
    getTranslations("export.links"),
  ]);
  const ownerLabels = {
    ownerHeading: tLayout("manageHeading"),
    ownerHint: tLayout("manageHint"),
    ownerNote: t("owner.note"),
    edit: t("owner.edit"),
    viewerNote: t("viewer.note"),
    makeYourOwn: t("viewer.own"),
    delete: {
      open: t("owner.delete"),
      title: t("owner.dialogTitle"),
      body: t("owner.dialogBody"),
      confirm: t("owner.confirm"),
      cancel: t("owner.cancel"),
      deleting: t("owner.deleting"),
      failed: t("owner.deleteFailed"),
      unauthorized: t("owner.unauthorized"),
    },
    ownerLink: {
      heading: tShare("ownerHeading"),
      warning: tShare("ownerWarning"),
      field: tShare("ownerUrlLabel"),
      copy: tShare("ownerCopy"),
      copied: tShare("copied"),
      failed: tShare("copyFailed"),
    },
  };

  return (
    <OwnerProvider
      planId={plan.id}
      locale={locale}
      checklist={plan.checklist}
      labels={{
        done: t("checklist.done"),
        saving: t("checklist.saving"),
        saved: t("checklist.saved"),
        failed: t("checklist.failed"),
        unauthorized: t("checklist.unauthorized"),
      }}
    >
      <OwnerDetailsProvider shared={details} version={plan.updatedAt}>
      {/* On a phone the page reads result first: the band, what holds it and the next step (triage on top
          when it applies), then the steps; details are folded; sharing and managing the plan come last,
          folded too, so a typical plan reads in under three screens (tests/e2e/plan-phone.spec.ts). */}
      {/* The band's own note says it is a simulation from the answers, so the heading stands alone. */}
      <article className="space-y-3 sm:space-y-8" data-testid="plan-page">
        <h1 className="text-2xl font-semibold text-ink">{t("heading")}</h1>

        <OwnerLinkClaim
          planId={plan.id}
          locale={locale}
          labels={{ checking: tClaim("checking"), granted: tClaim("granted"), refused: tClaim("refused"), failed: tClaim("failed") }}
        />
        <OwnerBar part="viewer" shareUrl={url} labels={ownerLabels} />

        <TriageSection profile={profile} details={details} recommendations={result.recommendations} />

        <div className="space-y-4" data-testid="plan-result">
          <BandSummary band={result.band} score={result.score} />
          {isResultV2(result) && <LimitSummary result={result} profile={profile} details={details} />}
          {comparison && <ModelComparison comparison={comparison} />}
          <WarningCallouts warnings={result.warnings} />
        </div>
        {!details && (
          <p className="text-sm text-muted [html[data-plan-owner]_&]:hidden" data-testid="plan-details-hidden">
            {tView("hidden.note")}
          </p>
        )}
        <RecommendationGroups recommendations={result.recommendations} profile={profile} details={details} band={result.band.id} />
        <WhatIfLauncher
          timeZone={await getTimeZone()}
          labels={{
            heading: tWhatIf("heading"),
            hint: tWhatIf("hint"),
            intro: tWhatIf("intro"),
            loading: tWhatIf("loading"),
          }}
        />
        {!hasPath && <YearAhead result={result} />}

        <section aria-labelledby="more-heading" data-testid="plan-more" className="space-y-2">
          <h2 id="more-heading" className="text-xl font-semibold text-ink">
            {tLayout("moreHeading")}
          </h2>
          {hasPath && (
            <PlanFold id="path" summary={tPath("heading")}>
              <YearAhead result={result} />
            </PlanFold>
          )}
          <PlanFold id="dimensions" summary={tDimensions("heading")}>
            <DimensionList dimensions={result.dimensions} profile={profile} details={details} />
          </PlanFold>
          {donts.length > 0 && (
            <PlanFold id="donts" summary={tDonts("heading")}>
              <DontList ids={donts} />
            </PlanFold>
          )}
          {snapshots.length > 1 && (
            <PlanFold id="history" summary={tHistory("heading")}>
              <ProgressHistory snapshots={snapshots} dimensions={result.dimensions} />
            </PlanFold>
          )}
          <PlanFold id="export" summary={tExport("heading")}>
            <ExportLinks planId={plan.id} shared={plan.shareDetails} />
          </PlanFold>
          <p>
            <DiagnoseLink locale={locale} label={t("diagnoseLink")} planId={plan.id} />
          </p>
        </section>

        <SharePanel planId={plan.id} url={url}>
          <ShareDetailsSwitch
            shared={plan.shareDetails}
            labels={{
              heading: tView("switch.heading"),
              label: tView("switch.label"),
              explain: tView("switch.explain"),
              on: tView("switch.on"),
              off: tView("switch.off"),
              saving: tView("switch.saving"),
              failed: tView("switch.failed"),
              unauthorized: tView("switch.unauthorized"),
            }}
          />
        </SharePanel>
        <OwnerBar part="owner" shareUrl={url} labels={ownerLabels} />
        <PlanFootnote modelVersion={result.modelVersion} createdAt={plan.createdAt} updatedAt={plan.updatedAt}>
          {/* The date this opening moved it to (loadPlanPage): opening the plan is what moves its removal date. */}
          <RetentionNote lastViewedAt={plan.lastViewedAt} />
        </PlanFootnote>
      </article>
      </OwnerDetailsProvider>
    </OwnerProvider>
  );
}
