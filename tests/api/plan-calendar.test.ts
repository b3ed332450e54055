// GET /api/plans/{id}/calendar.ics: parsed back with ical.js, in both languages.
import ICAL from "ical.js";
import { afterEach, describe, expect, it } from "vitest";
import { GET as calendarRoute } from "@/app/api/plans/[id]/calendar.ics/route";
import { translatorFor } from "@/lib/i18n/translator";
import { loadMessages } from "@/lib/i18n/messages";
import { addDays, calendarDateIn, type CalendarDate } from "@/lib/plans/calendar-date";
import { formatDate } from "@/lib/plans/ics";
import { evaluate } from "@/lib/scoring";
import type { Profile } from "@/lib/profile/schema";
import { shopkeeper } from "@/tests/fixtures/personas-v2";
import { hasYearAhead, milestones } from "@/lib/plan-path/schedule";
import { typical } from "@/tests/fixtures/profiles";
import { apiRequest, createPlanThroughApi, expectError, expectNoWrite, ORIGIN, rawSql, routeContext, type RequestOptions, useTempDatabase } from "./helpers";
import type { PathPoint } from "@/lib/scoring/types";
import { bandRangeText } from "@/lib/plan-text/path-words";

process.env.RATE_LIMIT_PLANS_PER_MINUTE = "0";
const { file } = useTempDatabase("calendar");

afterEach(() => {
  delete process.env.PUBLIC_ORIGIN;
});

// A plan with two "now" steps, several 3-month ones and a long-term one (model 2026.2 offers a step only when
// it gains 2 points or a band, so most people have fewer): the shopkeeper with a late payment, autopay off,
// bills and profile not done, and more income.
const person: Profile = {
  ...shopkeeper,
  repayment: { ...shopkeeper.repayment, latePayments12m: 1, autopay: false },
  borrowing: { ...shopkeeper.borrowing, applications3m: 0 },
  finances: { ...shopkeeper.finances, monthlyIncome: 20_000 },
  assets: { ...shopkeeper.assets, declared: false },
  ecosystem: { ...shopkeeper.ecosystem, billsLinked: false, profileComplete: false, zhimaScore: 700 },
};
const create = () => createPlanThroughApi(person);
const calendar = (id: string, query = "", options: RequestOptions = {}) =>
  calendarRoute(apiRequest("GET", `/api/plans/${id}/calendar.ics${query}`, options), routeContext(id));

function events(text: string) {
  return new ICAL.Component(ICAL.parse(text)).getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
}
// A title may quote the person's own numbers; the calendar is a plain link anyone with the plan's id can
// fetch, so unless the owner shares the answers it has the general title (shareView.steps.{id}.title) there.
function generalTitle(locale: "en" | "zh-CN", id: string): string {
  const general = (loadMessages(locale).shareView.steps as Record<string, { title?: string }>)[id]?.title;
  return general ?? translatorFor(locale, "scoring")(`recommendations.${id}.title`);
}
const isoDay = (d: CalendarDate) => formatDate(d).replace(/^(\d{4})(\d{2})(\d{2})$/, "$1-$2-$3");

describe("GET /api/plans/{id}/calendar.ics", () => {
  const recommendations = evaluate(person).recommendations;
  const now = recommendations.filter((r) => r.horizon === "now");
  const soon = recommendations.filter((r) => r.horizon === "3m");

  const path = evaluate(person).path;
  // Check-ins follow the year ahead; a result without one (model v1) keeps a single check-in in four weeks.
  const expectedCheckIns = hasYearAhead(path) ? milestones(path).map((m) => m.day) : [28];

  it("a valid iCalendar attachment: one all-day event with an alarm per now and 3m step, and check-ins along the year ahead", async () => {
    expect(now.length).toBeGreaterThan(1);
    expect(soon.length).toBeGreaterThan(1);
    const { id } = await create();
    const response = await calendar(id, "?lang=en");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="liftplan-${id}.ics"`);
    const text = await response.text();
    expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    for (const line of text.split("\r\n")) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);

    const today = calendarDateIn(new Date(), "Asia/Shanghai");
    const list = events(text);
    expect(list).toHaveLength(now.length + soon.length + expectedCheckIns.length);
    const c = translatorFor("en", "export.calendar");
    // Ranked: now-steps on days 1, 2, …; the k-th of n 3m-steps on day ceil(91k/n); the check-in on day 28.
    now.forEach((r, i) => {
      expect(list[i]!.summary).toBe(c("stepTitle", { title: generalTitle("en", r.id) }));
      expect(list[i]!.startDate.toString()).toBe(isoDay(addDays(today, 1 + i)));
    });
    soon.forEach((r, i) => {
      expect(list[now.length + i]!.summary).toBe(c("stepTitle", { title: generalTitle("en", r.id) }));
      expect(list[now.length + i]!.startDate.toString()).toBe(isoDay(addDays(today, Math.ceil((91 * (i + 1)) / soon.length))));
    });
    expect(list[now.length + soon.length - 1]!.startDate.toString()).toBe(isoDay(addDays(today, 91)));
    const checkIns = list.slice(now.length + soon.length);
    expect(checkIns.map((e) => e.startDate.toString())).toEqual(expectedCheckIns.map((day) => isoDay(addDays(today, day))));
    if (hasYearAhead(path)) {
      milestones(path).forEach((m, i) => {
        expect(checkIns[i]!.summary).toBe(c("milestoneTitle", { month: m.month }));
        expect(checkIns[i]!.description).toContain(`readiness of about ${m.score}`);
      });
    } else {
      expect(checkIns[0]!.summary).toBe(c("checkInTitle"));
    }
    for (const e of list) {
      expect(e.startDate.isDate).toBe(true);
      expect(e.component.getFirstPropertyValue("url")).toBe(`${ORIGIN}/p/${id}`);
      expect(e.description).toContain(`${ORIGIN}/p/${id}`);
      expect(e.uid).toMatch(/@localhost$/);
      expect(e.component.getAllSubcomponents("valarm")).toHaveLength(1);
    }
    // Long-term steps get no date.
    const longTitles = recommendations.filter((r) => r.horizon === "long").map((r) => generalTitle("en", r.id));
    expect(longTitles.length).toBeGreaterThan(0);
    for (const title of longTitles) expect(list.some((e) => e.summary.includes(title))).toBe(false);
  });

  it("in Chinese through ?lang=zh-CN or Accept-Language, on PUBLIC_ORIGIN when set", async () => {
    const { id } = await create();
    process.env.PUBLIC_ORIGIN = "https://liftplan.example";
    const c = translatorFor("zh-CN", "export.calendar");
    const first = now[0]!;
    for (const response of [await calendar(id, "?lang=zh-CN"), await calendar(id, "", { lang: "zh-CN,zh;q=0.9" })]) {
      const text = await response.text();
      const calendarName = new ICAL.Component(ICAL.parse(text)).getFirstPropertyValue("x-wr-calname");
      expect(calendarName).toBe(c("name"));
      const list = events(text);
      expect(list[0]!.summary).toBe(`提额计划：${generalTitle("zh-CN", first.id)}`);
      const lastMonth = hasYearAhead(path) ? milestones(path).at(-1)!.month : null;
      expect(list.at(-1)!.summary).toBe(lastMonth ? c("milestoneTitle", { month: lastMonth }) : c("checkInTitle"));
      expect(list.at(-1)!.description).toContain(`${c("planLink")}\nhttps://liftplan.example/p/${id}`);
      expect(list[0]!.uid).toMatch(/@liftplan\.example$/);
    }
    // ?lang wins over Accept-Language.
    const english = events(await (await calendar(id, "?lang=en", { lang: "zh-CN" })).text());
    const tEn = translatorFor("en", "export.calendar");
    expect(english.at(-1)!.summary).toBe(hasYearAhead(path) ? tEn("milestoneTitle", { month: 12 }) : tEn("checkInTitle"));
  });

  it("a stored year ahead gives a check-in at each milestone: what the record should show, steps by general name", async () => {
    const { id } = await create();
    const stored = evaluate(typical);
    const yearAhead: PathPoint[] = [
      { month: 0, score: 50, band: "B2", done: [] },
      { month: 1, score: 56, band: "B2", done: ["enable-autopay"] },
      { month: 3, score: 62, band: "B3", done: ["enable-autopay", "lower-debt-burden"] },
      { month: 6, score: 62, band: "B3", done: ["enable-autopay", "lower-debt-burden"] },
      { month: 12, score: 70, band: "B4", done: ["enable-autopay", "lower-debt-burden", "grow-savings"] },
    ];
    await rawSql(file, 'UPDATE "Plan" SET "result" = ? WHERE "id" = ?', [JSON.stringify({ ...stored, path: yearAhead }), id]);
    for (const locale of ["en", "zh-CN"] as const) {
      const c = translatorFor(locale, "export.calendar");
      const tPath = translatorFor(locale, "path");
      const today = calendarDateIn(new Date(), "Asia/Shanghai");
      const list = events(await (await calendar(id, `?lang=${locale}`)).text());
      const checkIns = list.filter((e) => [1, 3, 6, 12].some((month) => e.summary === c("milestoneTitle", { month })));
      expect(checkIns.map((e) => e.startDate.toString())).toEqual([30, 91, 182, 365].map((day) => isoDay(addDays(today, day))));
      expect(list.some((e) => e.summary === c("checkInTitle"))).toBe(false);
      const year = checkIns[3]!.description;
      const band = bandRangeText("B4", (n, o) => new Intl.NumberFormat(locale, o).format(n), translatorFor(locale, "plan.band"));
      expect(year).toContain(c("milestoneDescription", { score: 70, band }));
      for (const step of ["enable-autopay", "lower-debt-burden", "grow-savings"]) expect(year).toContain(tPath(`steps.${step}`));
      expect(checkIns[0]!.description).not.toContain(tPath("steps.grow-savings"));
      // General names only: the person's own target percentage is not in the text.
      expect(year).not.toMatch(/\d+%/);
    }
  });

  it("404 not_found for an unknown plan, writing nothing", async () => {
    const body = await expectError(await expectNoWrite(file, () => calendar("AAAAAAAAAAAAAAAAAAAAAAAA", "?lang=zh-CN")), 404, "not_found");
    expect(body.message).toBe(translatorFor("zh-CN", "api.errors")("not_found"));
  });
});
