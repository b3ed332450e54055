// GET /api/plans/{id}/calendar.ics: reminders for the plan's "now" and three-month steps and check-ins
// at the milestones of the year ahead (one on day 28 for a plan without one), as an iCalendar file. Titles in the language of ?lang= (zh-CN or en), else Accept-Language.
import { apiError, NO_STORE, publicOrigin, requestLocale, withApiErrors } from "@/lib/http";
import { shareUrl } from "@/lib/http/plan-url";
import { isLocale, type Locale } from "@/lib/i18n/routing";
import { translatorFor } from "@/lib/i18n/translator";
import { getPlan, milestoneCheckIns, planCalendar, type CalendarStep } from "@/lib/plans";
import { hasYearAhead } from "@/lib/plan-path/schedule";
import { isResultV2 } from "@/lib/scoring/types";
import { bandRangeText, stepName } from "@/lib/plan-text/path-words";
import { calendarDateIn } from "@/lib/plans/calendar-date";
import { stepText } from "@/lib/plan-text/step-text";
import { upgradeProfile } from "@/lib/profile/upgrade";
import { nextStepOf } from "@/lib/scoring";

export const runtime = "nodejs";

// Days are counted in the time zone the app shows dates in (lib/i18n/request.ts).
const TIME_ZONE = "Asia/Shanghai";

interface Context {
  params: Promise<{ id: string }>;
}

function calendarLocale(request: Request): Locale {
  const lang = new URL(request.url).searchParams.get("lang");
  return lang && isLocale(lang) ? lang : requestLocale(request);
}

export const GET = withApiErrors("GET /api/plans/[id]/calendar.ics", async (request: Request, { params }: Context) => {
  const locale = calendarLocale(request);
  const { id } = await params;
  const plan = await getPlan(id);
  if (!plan) return apiError(locale, "not_found");

  const t = translatorFor(locale, "export.calendar");
  const tScoring = translatorFor(locale, "scoring");
  const tView = translatorFor(locale, "shareView");
  // A plain download link, so no token: the steps in general words unless the owner shares the answers.
  const details = plan.shareDetails ? upgradeProfile(plan.profile) : null;
  const steps: CalendarStep[] = plan.result.recommendations.map((r) => {
    const text = stepText(tScoring, tView, r.id, details);
    return { id: r.id, horizon: r.horizon, title: text.title, description: text.how ?? text.why };
  });
  const tPath = translatorFor(locale, "path");
  const tBand = translatorFor(locale, "plan.band");
  const list = new Intl.ListFormat(locale, { type: "conjunction" });
  const band = (id: Parameters<typeof bandRangeText>[0]) => bandRangeText(id, (n, o) => new Intl.NumberFormat(locale, o).format(n), tBand);
  // Steps by their general names: the milestone texts carry no amounts from the answers.
  const checkIns =
    isResultV2(plan.result) && hasYearAhead(plan.result.path)
      ? milestoneCheckIns(plan.result.path, {
          title: (m) => t("milestoneTitle", { month: m.month }),
          description: (m) =>
            [
              t("milestoneDescription", { score: m.score, band: band(m.band) }),
              m.done.length > 0 ? t("milestoneSteps", { steps: list.format(m.done.map((id) => stepName(tPath, id))) }) : "",
            ]
              .filter(Boolean)
              .join("\n\n"),
        })
      : [];
  const origin = publicOrigin();
  const now = new Date();
  const body = planCalendar({
    planId: plan.id,
    // The share link (unprefixed: it opens in each visitor's own language), as POST /api/plans returns it.
    planUrl: shareUrl(plan.id),
    domain: new URL(origin).hostname,
    steps,
    // The same next step as the plan page (the model's rule, after the owner's ticks).
    next: nextStepOf(plan.result.recommendations, upgradeProfile(plan.profile), plan.checklist),
    today: calendarDateIn(now, TIME_ZONE),
    now,
    checkIns,
    texts: {
      calendarName: t("name"),
      stepTitle: (step) => t("stepTitle", { title: step.title }),
      checkInTitle: t("checkInTitle"),
      checkInDescription: t("checkInDescription"),
      planLink: t("planLink"),
      alarm: t("alarm"),
    },
  });
  return new Response(body, {
    status: 200,
    headers: {
      "content-type": "text/calendar; charset=utf-8",
      "content-disposition": `attachment; filename="liftplan-${plan.id}.ics"`,
      "cache-control": NO_STORE,
    },
  });
});
