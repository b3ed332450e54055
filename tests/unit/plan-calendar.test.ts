import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { CHECK_IN_DAY, milestoneCheckIns, planCalendar, scheduleSteps, type CalendarStep, type PlanCalendarInput } from "@/lib/plans/calendar";
import type { PathPoint } from "@/lib/scoring/types";
import { addDays, calendarDateIn } from "@/lib/plans/calendar-date";
import { escapeText, foldLine, formatUtc } from "@/lib/plans/ics";

const step = (id: string, horizon: CalendarStep["horizon"], title = `Title ${id}`): CalendarStep => ({ id, horizon, title, description: `How ${id}` });

describe("ics helpers", () => {
  it("escapes backslash, semicolon, comma and line breaks", () => {
    expect(escapeText("a\\b;c,d\ne\r\nf")).toBe("a\\\\b\\;c\\,d\\ne\\nf");
  });

  it("folds at 75 octets counted in UTF-8, never inside a character", () => {
    const line = `SUMMARY:${"还清逾期".repeat(20)}`; // 3 bytes per Chinese character
    const folded = foldLine(line);
    const parts = folded.split("\r\n");
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(Buffer.byteLength(part, "utf8")).toBeLessThanOrEqual(75);
    parts.slice(1).forEach((part) => expect(part.startsWith(" ")).toBe(true));
    expect(parts.map((p, i) => (i === 0 ? p : p.slice(1))).join("")).toBe(line);
    expect(foldLine("short")).toBe("short");
    expect(foldLine("x".repeat(75))).toBe("x".repeat(75));
    expect(foldLine("x".repeat(76))).toBe(`${"x".repeat(75)}\r\n x`);
  });

  it("dates: day arithmetic across months and years, UTC stamps, the day in a time zone", () => {
    expect(addDays({ year: 2026, month: 12, day: 30 }, 3)).toEqual({ year: 2027, month: 1, day: 2 });
    expect(addDays({ year: 2028, month: 2, day: 28 }, 1)).toEqual({ year: 2028, month: 2, day: 29 });
    expect(formatUtc(new Date("2026-11-22T15:04:05.678Z"))).toBe("20261122T150405Z");
    // 20:00 UTC is already the next day in Shanghai (UTC+8).
    expect(calendarDateIn(new Date("2026-11-22T20:00:00Z"), "Asia/Shanghai")).toEqual({ year: 2026, month: 11, day: 23 });
  });
});

describe("scheduleSteps", () => {
  it("now-steps one a day from day 1, never after day 7; 3m-steps spread by rank to day 91; long-term none", () => {
    const steps = [
      ...Array.from({ length: 9 }, (_, i) => step(`n${i}`, "now")),
      ...Array.from({ length: 3 }, (_, i) => step(`s${i}`, "3m")),
      step("l0", "long"),
    ];
    const days = Object.fromEntries(scheduleSteps(steps).map((s) => [s.step.id, s.day]));
    expect(days).toEqual({ n0: 1, n1: 2, n2: 3, n3: 4, n4: 5, n5: 6, n6: 7, n7: 7, n8: 7, s0: 31, s1: 61, s2: 91 });
    expect(scheduleSteps([step("only", "3m")])).toEqual([{ step: step("only", "3m"), day: 91 }]);
    const seven = scheduleSteps(Array.from({ length: 7 }, (_, i) => step(`s${i}`, "3m"))).map((s) => s.day);
    expect(seven).toEqual([13, 26, 39, 52, 65, 78, 91]);
  });

  it("rings the plan's next step on day 1 whatever its horizon, once, and the now-steps after it", () => {
    const steps = [step("n0", "now"), step("n1", "now"), step("s0", "3m"), step("s1", "3m"), step("l0", "long")];
    const days = (next: string | null) => Object.fromEntries(scheduleSteps(steps, next).map((s) => [s.step.id, s.day]));
    expect(days("s1")).toEqual({ s1: 1, n0: 2, n1: 3, s0: 91 });
    expect(days("l0")).toEqual({ l0: 1, n0: 2, n1: 3, s0: 46, s1: 91 });
    expect(days("n0")).toEqual(days(null));
    expect(days("n1")).toEqual({ n1: 1, n0: 2, s0: 46, s1: 91 });
    expect(days("gone")).toEqual(days(null));
  });
});

function input(overrides: Partial<PlanCalendarInput> = {}): PlanCalendarInput {
  return {
    planId: "AAAAAAAAAAAAAAAAAAAAAAAA",
    planUrl: "https://liftplan.example/p/AAAAAAAAAAAAAAAAAAAAAAAA",
    domain: "liftplan.example",
    steps: [step("enable-autopay", "now", "Turn on autopay; today, please"), step("link-bills", "3m"), step("grow-savings", "long")],
    today: { year: 2026, month: 12, day: 30 },
    now: new Date("2026-12-30T10:00:00Z"),
    texts: {
      calendarName: "LiftPlan reminders",
      stepTitle: (s) => `LiftPlan: ${s.title}`,
      checkInTitle: "LiftPlan check-in",
      checkInDescription: "Update your answers, then compare.",
      planLink: "Your plan:",
      alarm: "Reminder",
    },
    ...overrides,
  };
}

describe("planCalendar", () => {
  it("is RFC 5545 text: CRLF line ends only, no line over 75 octets", () => {
    const text = planCalendar(input());
    expect(text.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    for (const line of text.split("\r\n")) expect(Buffer.byteLength(line, "utf8")).toBeLessThanOrEqual(75);
  });

  it("parses back: all-day events with alarms on the scheduled days, the check-in, escaped text intact", () => {
    const calendar = new ICAL.Component(ICAL.parse(planCalendar(input())));
    expect(calendar.getFirstPropertyValue("version")).toBe("2.0");
    const events = calendar.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
    expect(events.map((e) => e.summary)).toEqual(["LiftPlan: Turn on autopay; today, please", "LiftPlan: Title link-bills", "LiftPlan check-in"]);
    expect(events.map((e) => e.startDate.toString())).toEqual(["2026-12-31", "2027-03-31", "2027-01-27"]);
    expect(addDays({ year: 2026, month: 12, day: 30 }, CHECK_IN_DAY)).toEqual({ year: 2027, month: 1, day: 27 });
    for (const e of events) {
      expect(e.startDate.isDate).toBe(true);
      expect(e.endDate.toString()).toBe(e.startDate.clone().adjust(1, 0, 0, 0).toString());
      expect(e.uid).toMatch(/^[0-9a-f]{32}@liftplan\.example$/);
      expect(e.uid).not.toContain("AAAAAAAA");
      expect(e.component.getFirstPropertyValue("dtstamp")?.toString()).toBe("2026-12-30T10:00:00Z");
      expect(e.component.getFirstPropertyValue("url")).toBe("https://liftplan.example/p/AAAAAAAAAAAAAAAAAAAAAAAA");
      expect(e.description).toContain("\n\nYour plan:\nhttps://liftplan.example/p/AAAAAAAAAAAAAAAAAAAAAAAA");
      const alarms = e.component.getAllSubcomponents("valarm");
      expect(alarms).toHaveLength(1);
      expect(alarms[0]!.getFirstPropertyValue("action")).toBe("DISPLAY");
      expect(alarms[0]!.getFirstPropertyValue("trigger")?.toString()).toBe("PT9H");
    }
    expect(new Set(events.map((e) => e.uid)).size).toBe(3);
  });

  it("UIDs are stable for the same plan and step, different for another plan", () => {
    const uids = (text: string) => new ICAL.Component(ICAL.parse(text)).getAllSubcomponents("vevent").map((v) => v.getFirstPropertyValue("uid"));
    expect(uids(planCalendar(input()))).toEqual(uids(planCalendar(input({ today: { year: 2027, month: 3, day: 1 } }))));
    expect(uids(planCalendar(input()))[0]).not.toBe(uids(planCalendar(input({ planId: "BBBBBBBBBBBBBBBBBBBBBBBB" })))[0]);
  });
});

describe("check-ins along the year ahead", () => {
  const path: PathPoint[] = [
    { month: 0, score: 50, band: "B2", done: [] },
    { month: 1, score: 56, band: "B2", done: ["enable-autopay"] },
    { month: 3, score: 62, band: "B3", done: ["enable-autopay", "link-bills"] },
    { month: 6, score: 62, band: "B3", done: ["enable-autopay", "link-bills"] },
    { month: 12, score: 70, band: "B4", done: ["enable-autopay", "link-bills", "grow-savings"] },
  ];
  const texts = {
    title: (m: { month: number }) => `Check-in: month ${m.month}`,
    description: (m: { score: number; band: string; done: string[] }) => `By now: ${m.score}, ${m.band}; done: ${m.done.join("+")}`,
  };

  it("one per milestone on days 30, 91, 182 and 365, saying what the record should show by then", () => {
    expect(milestoneCheckIns(path, texts)).toEqual([
      { key: "check-in/month-1", day: 30, title: "Check-in: month 1", description: "By now: 56, B2; done: enable-autopay" },
      { key: "check-in/month-3", day: 91, title: "Check-in: month 3", description: "By now: 62, B3; done: enable-autopay+link-bills" },
      { key: "check-in/month-6", day: 182, title: "Check-in: month 6", description: "By now: 62, B3; done: enable-autopay+link-bills" },
      { key: "check-in/month-12", day: 365, title: "Check-in: month 12", description: "By now: 70, B4; done: enable-autopay+link-bills+grow-savings" },
    ]);
    expect(milestoneCheckIns([path[0]!], texts)).toEqual([]);
  });

  it("replace the single four-week check-in in the file, each with its own stable UID", () => {
    const withPath = planCalendar(input({ checkIns: milestoneCheckIns(path, texts) }));
    const events = new ICAL.Component(ICAL.parse(withPath)).getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
    const checkIns = events.filter((e) => e.summary.startsWith("Check-in"));
    expect(checkIns.map((e) => e.startDate.toString())).toEqual(["2027-01-29", "2027-03-31", "2027-06-30", "2027-12-30"]);
    expect(checkIns[3]!.description).toContain("By now: 70, B4");
    expect(checkIns[3]!.description).toContain("\n\nYour plan:\n");
    expect(events.some((e) => e.summary === "LiftPlan check-in")).toBe(false);
    expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
    // Without a year ahead (an empty list too) the four-week check-in stays.
    const plain = new ICAL.Component(ICAL.parse(planCalendar(input({ checkIns: [] })))).getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
    expect(plain.at(-1)!.summary).toBe("LiftPlan check-in");
  });
});
