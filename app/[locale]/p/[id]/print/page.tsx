// The printable action checklist: one A4 page for a typical plan, black on white, no navigation chrome
// and no client code except the on-screen Print button. Like the plan page it is served as a stranger
// sees it: the owner's figures (targets) only when the answers are shared; the owner's sheet is general
// too, since a printed page is easily left about.
import "./print.css";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { getFormatter, getTimeZone, getTranslations, setRequestLocale } from "next-intl/server";
import Link from "next/link";
import { routing } from "@/lib/i18n/routing";
import { loadPlanPage } from "@/lib/plans";
import { dontsFor, nextStepOf } from "@/lib/scoring";
import { formatBandRange, MONEY_FORMAT } from "@/lib/plan-text/band-range";
import { addDays, calendarDateIn, noonUtc, type CalendarDate } from "@/lib/plans/calendar-date";
import { dueDates, NOW_DAYS } from "@/lib/plans/due-dates";
import { groupByHorizon } from "@/lib/plans/horizons";
import { PrintButton } from "@/components/plan/print/print-button";
import { stepText } from "@/lib/plan-text/step-text";
import { PrintChecklist, PrintList } from "@/components/plan/print/print-sections";
import { QrCode } from "@/components/plan/share/qr-code";
import { planPath, shareUrl } from "@/lib/http/plan-url";
import { maybe } from "@/lib/i18n/translate";
import { MONTH_DAYS, hasYearAhead, stepDueMonths } from "@/lib/plan-path/schedule";
import { isResultV2 } from "@/lib/scoring/types";
import { bandRangeText, monthShort } from "@/lib/plan-text/path-words";
import { PrintPath } from "@/components/path/print-path";

type Params = Promise<{ locale: string; id: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale, id } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const robots = { index: false, follow: false };
  const plan = await loadPlanPage(id);
  if (!plan) return { title: (await getTranslations({ locale, namespace: "plan" }))("meta.notFound"), robots };
  const t = await getTranslations({ locale, namespace: "print" });
  const tBand = await getTranslations({ locale, namespace: "plan.band" });
  const format = await getFormatter({ locale });
  const band = formatBandRange(plan.result.band, (n) => format.number(n, MONEY_FORMAT), tBand, "pausedShort");
  return { title: t("meta.title", { band }), robots, referrer: "no-referrer" };
}

export default async function PrintPage({ params }: { params: Params }) {
  const { locale, id } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const plan = await loadPlanPage(id);
  if (!plan) notFound();

  const t = await getTranslations("print");
  const tPlan = await getTranslations("plan");
  const tBand = await getTranslations("plan.band");
  const tScoring = await getTranslations("scoring");
  const format = await getFormatter();
  // Anyone with the link can open the printable sheet: the answers' figures only when the owner shares them (`details`).
  const { result, checklist, profile, details } = plan;
  const tView = await getTranslations("shareView");
  const band = formatBandRange(result.band, (n) => format.number(n, MONEY_FORMAT), tBand);
  const groups = new Map(groupByHorizon(result.recommendations).map((g) => [g.horizon, g.items]));
  const url = shareUrl(plan.id);
  const created = format.dateTime(new Date(plan.createdAt), { dateStyle: "long" });
  // Dates are counted from the day the sheet is printed (see lib/plans/due-dates.ts for the rule).
  // "Today" is the reader's calendar day (the app's time zone), not the server's.
  const now = new Date();
  const today = calendarDateIn(now, await getTimeZone());
  const due = dueDates(result.recommendations, today);
  // With a year ahead, each step is due by the month the path counts it done (long-term steps too).
  const v2 = isResultV2(result) && hasYearAhead(result.path) ? result : null;
  const path = v2?.path ?? null;
  const dueMonths = path ? stepDueMonths(path) : new Map<string, keyof typeof MONTH_DAYS>();
  const medium = (date: CalendarDate) => format.dateTime(noonUtc(date), { dateStyle: "medium", timeZone: "UTC" });
  const dueText = (id: string) => {
    const month = dueMonths.get(id);
    if (month) return t("dueByMonth", { month, date: medium(addDays(today, MONTH_DAYS[month])) });
    const date = due.get(id);
    return date ? t("dueBy", { date: medium(date) }) : undefined;
  };
  const tPath = await getTranslations("path");
  const printedOn = format.dateTime(now, { dateStyle: "long" });
  // The same next step as the plan page and the what-if (lib/scoring/next-step.ts), after the owner's ticks.
  const next = nextStepOf(result.recommendations, profile, checklist);
  // The don'ts by name only: the sheet keeps to one page; the plan online explains each.
  const donts = dontsFor(profile).map((dontId) => ({
    id: dontId,
    title: maybe(tScoring, `donts.${dontId}.title`) ?? dontId,
    body: null,
  }));
  const warnings = result.warnings.map((w) => maybe(tScoring, `warnings.${w.id}.title`) ?? w.id);
  // Each step's measurable target with today's value, so the paper says when the step is done.
  const targetLine = (target: string | null) =>
    target ? tPlan.rich("recommendations.target", { text: target, label: (chunks) => <strong>{chunks}</strong> }) : null;

  return (
    <div className="ck-sheet" data-testid="print-sheet">
      <div className="mb-6 flex flex-wrap items-center justify-between gap-3 print:hidden">
        <Link href={planPath(plan.id, locale)} className="font-semibold text-brand-800 underline underline-offset-4">
          {t("back")}
        </Link>
        <PrintButton label={t("printButton")} />
      </div>

      <header>
        <h1>{t("heading")}</h1>
        <p className="mt-1">
          {t.rich("band", { band, b: (chunks) => <strong data-testid="print-band">{chunks}</strong> })}
        </p>
        <p data-testid="print-score">{t("score", { score: result.score })}</p>
        {warnings.length > 0 && (
          <div className="mt-1" data-testid="print-warnings">
            <p className="ck-title">{t("warnings")}</p>
            <ul className="ck-bullets ck-tight">
              {warnings.map((title) => (
                <li key={title}>{title}</li>
              ))}
            </ul>
          </div>
        )}
        {v2 && path && (
          <PrintPath
            heading={t("pathHeading")}
            note={`${t("pathNote")} ${tPath(`confidence.${v2.confidence}`)}`}
            path={path}
            monthLabel={(month) => monthShort(tPath, month)}
            bandLabel={(id) => bandRangeText(id, format.number, tBand, true)}
            rowLabels={{ month: tPath("table.month"), score: tPath("table.score"), band: tPath("table.band") }}
          />
        )}
        {next && (
          <p className="mt-1" data-testid="print-next-step" data-step={next}>
            {t.rich("nextStep", { title: stepText(tScoring, tView, next, details).title, b: (chunks) => <strong>{chunks}</strong> })}
          </p>
        )}
        <p className="ck-small mt-1">{t("hint")}</p>
      </header>

      {/* Every step with a tick box and one line on how to do it (general words: print.how), long-term ones too. */}
      {(["now", "3m", "long"] as const).map((horizon) => {
        const items = groups.get(horizon) ?? [];
        if (horizon === "long" && items.length === 0) return null;
        return (
          <PrintChecklist
            key={horizon}
            heading={t(`groups.${horizon}`)}
            note={horizon === "long" ? undefined : path ? t("dueRulePath") : horizon === "now" ? t("dueRuleNow", { days: NOW_DAYS }) : t("dueRule3m")}
            empty={t("empty")}
            doneLabel={t("done")}
            testId={`print-${horizon}`}
            items={items.map((r) => {
              const { title, target } = stepText(tScoring, tView, r.id, details);
              return {
                id: r.id,
                done: checklist[r.id as keyof typeof checklist] === true,
                title,
                how: maybe(t, `how.${r.id}`),
                target: targetLine(target),
                due: horizon === "long" && !dueMonths.has(r.id) ? undefined : dueText(r.id),
              };
            })}
          />
        );
      })}

      {donts.length > 0 && <PrintList heading={t("donts")} empty={t("empty")} testId="print-donts" items={donts} compact />}

      <footer className="ck-footer ck-small">
        <div className="ck-footer-text">
          <p data-testid="print-url" className="break-all">
            {t("online", { url })}
          </p>
          <p>{t("created", { date: created })}</p>
          <p>{t("printed", { date: printedOn })}</p>
          <p className="mt-1" data-testid="print-disclaimer">
            {tPlan("disclaimer.text")}
          </p>
        </div>
        {/* A relative link (no trustworthy host) would lead nowhere from paper: no code then. */}
        {!url.startsWith("/") && (
          <figure className="ck-qr">
            <QrCode value={url} label={t("qrLabel")} testId="print-qr" className="ck-qr-code" />
            <figcaption>{t("qrCaption")}</figcaption>
          </figure>
        )}
      </footer>
    </div>
  );
}
