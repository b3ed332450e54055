// GET /api/plans/{id}/calendar.ics: reminders for the plan's "now" and three-month steps and a check-in,
// as an iCalendar file. Titles in the language of ?lang= (zh-CN or en), else Accept-Language.
import { apiError, NO_STORE, publicOrigin, requestLocale, withApiErrors } from "@/lib/http";
import { isLocale, type Locale } from "@/lib/i18n/routing";
import { translatorFor } from "@/lib/i18n/translator";
import { getPlan, planCalendar, type CalendarStep } from "@/lib/plans";
import { calendarDateIn } from "@/lib/plans/ics";
import { stepText } from "@/components/plan/step-text";
import type { Translator } from "@/components/plan/translate";
import { upgradeProfile } from "@/lib/profile/upgrade";

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
  const tScoring = translatorFor(locale, "scoring") as unknown as Translator;
  const tView = translatorFor(locale, "shareView") as unknown as Translator;
  // A plain download link, so no token: the steps in general words unless the owner shares the answers.
  const details = plan.shareDetails ? upgradeProfile(plan.profile) : null;
  const steps: CalendarStep[] = plan.result.recommendations.map((r) => {
    const text = stepText(tScoring, tView, r.id, details);
    return { id: r.id, horizon: r.horizon, title: text.title, description: text.how ?? text.why };
  });
  const origin = publicOrigin();
  const now = new Date();
  const body = planCalendar({
    planId: plan.id,
    // The share link (unprefixed: it opens in each visitor's own language), as POST /api/plans returns it.
    planUrl: `${origin}/p/${plan.id}`,
    domain: new URL(origin).hostname,
    steps,
    today: calendarDateIn(now, TIME_ZONE),
    now,
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
