// GET /api/plans/{id}/calendar.ics: parsed back with ical.js, in both languages.
import ICAL from "ical.js";
import { afterEach, describe, expect, it } from "vitest";
import { GET as calendarRoute } from "@/app/api/plans/[id]/calendar.ics/route";
import { translatorFor } from "@/lib/i18n/translator";
import { loadMessages } from "@/lib/i18n/messages";
import { addDays, calendarDateIn, formatDate, type CalendarDate } from "@/lib/plans/ics";
import { evaluate, recommendationFacts } from "@/lib/scoring";
import { typical } from "@/tests/fixtures/profiles";
import { apiRequest, createPlanThroughApi, expectError, expectNoWrite, ORIGIN, routeContext, type RequestOptions, useTempDatabase } from "./helpers";

process.env.RATE_LIMIT_PLANS_PER_MINUTE = "0";
const { file } = useTempDatabase("calendar");

afterEach(() => {
  delete process.env.PUBLIC_ORIGIN;
});

const create = () => createPlanThroughApi(typical);
const calendar = (id: string, query = "", options: RequestOptions = {}) =>
  calendarRoute(apiRequest("GET", `/api/plans/${id}/calendar.ics${query}`, options), routeContext(id));

function events(text: string) {
  return new ICAL.Component(ICAL.parse(text)).getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
}
// A title may quote the person's own numbers; the calendar is a plain link anyone with the plan's id can
// fetch, so unless the owner shares the answers it has the general title (shareView.steps.{id}.title) there.
const facts = (id: string) => recommendationFacts(id, typical) as Record<string, string | number>;
function generalTitle(locale: "en" | "zh-CN", id: string): string {
  const general = (loadMessages(locale).shareView.steps as Record<string, { title?: string }>)[id]?.title;
  return general ?? translatorFor(locale, "scoring")(`recommendations.${id}.title`);
}
const isoDay = (d: CalendarDate) => formatDate(d).replace(/^(\d{4})(\d{2})(\d{2})$/, "$1-$2-$3");

describe("GET /api/plans/{id}/calendar.ics", () => {
  const recommendations = evaluate(typical).recommendations;
  const now = recommendations.filter((r) => r.horizon === "now");
  const soon = recommendations.filter((r) => r.horizon === "3m");

  it("a valid iCalendar attachment: one all-day event with an alarm per now and 3m step, and a check-in in four weeks", async () => {
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
    expect(list).toHaveLength(now.length + soon.length + 1);
    const t = translatorFor("en", "scoring");
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
    const checkIn = list.at(-1)!;
    expect(checkIn.summary).toBe(c("checkInTitle"));
    expect(checkIn.startDate.toString()).toBe(isoDay(addDays(today, 28)));
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
    const t = translatorFor("zh-CN", "scoring");
    const first = now[0]!;
    for (const response of [await calendar(id, "?lang=zh-CN"), await calendar(id, "", { lang: "zh-CN,zh;q=0.9" })]) {
      const text = await response.text();
      const calendarName = new ICAL.Component(ICAL.parse(text)).getFirstPropertyValue("x-wr-calname");
      expect(calendarName).toBe(c("name"));
      const list = events(text);
      expect(list[0]!.summary).toBe(`提额计划：${generalTitle("zh-CN", first.id)}`);
      expect(list.at(-1)!.summary).toBe(c("checkInTitle"));
      expect(list.at(-1)!.description).toContain(`${c("planLink")}\nhttps://liftplan.example/p/${id}`);
      expect(list[0]!.uid).toMatch(/@liftplan\.example$/);
    }
    // ?lang wins over Accept-Language.
    const english = events(await (await calendar(id, "?lang=en", { lang: "zh-CN" })).text());
    expect(english.at(-1)!.summary).toBe(translatorFor("en", "export.calendar")("checkInTitle"));
  });

  it("404 not_found for an unknown plan, writing nothing", async () => {
    const body = await expectError(await expectNoWrite(file, () => calendar("AAAAAAAAAAAAAAAAAAAAAAAA", "?lang=zh-CN")), 404, "not_found");
    expect(body.message).toBe(translatorFor("zh-CN", "api.errors")("not_found"));
  });
});
