import { describe, expect, it } from "vitest";
import { THREE_MONTH_DAYS } from "@/lib/plans/calendar";
import { addDays, calendarDateIn, noonUtc, type CalendarDate } from "@/lib/plans/calendar-date";
import { dueDates, dueInDays, NOW_DAYS } from "@/lib/plans/due-dates";
import type { Recommendation } from "@/lib/scoring/types";

const rec = (id: string, horizon: Recommendation["horizon"]): Recommendation => ({ id, horizon, effort: "low", impact: 2 });

describe("dueInDays", () => {
  it("gives every 'now' step one week and spreads the 3-month steps by rank up to the 3-month mark", () => {
    const due = dueInDays([rec("a", "now"), rec("b", "3m"), rec("c", "now"), rec("d", "3m"), rec("e", "long"), rec("f", "3m")]);
    expect(due.get("a")).toBe(NOW_DAYS);
    expect(due.get("c")).toBe(NOW_DAYS);
    expect([due.get("b"), due.get("d"), due.get("f")]).toEqual([31, 61, THREE_MONTH_DAYS]);
    expect(due.has("e")).toBe(false);
  });

  it("puts a single 3-month step at the 3-month mark and never returns a date for long-term steps", () => {
    expect(dueInDays([rec("x", "3m")]).get("x")).toBe(THREE_MONTH_DAYS);
    expect(dueInDays([rec("y", "long")]).size).toBe(0);
  });

  it("keeps rank order: later-ranked 3-month steps are never due earlier", () => {
    const steps = Array.from({ length: 9 }, (_, i) => rec(`s${i}`, "3m"));
    const days = steps.map((s) => dueInDays(steps).get(s.id)!);
    for (let i = 1; i < days.length; i++) expect(days[i]!).toBeGreaterThanOrEqual(days[i - 1]!);
    expect(days.at(-1)).toBe(THREE_MONTH_DAYS);
    expect(days[0]!).toBeGreaterThan(NOW_DAYS);
  });
});

// A day as the print page formats it (noon UTC, shown with timeZone "UTC").
const isoDay = (date: CalendarDate | undefined) => (date ? noonUtc(date).toISOString().slice(0, 10) : undefined);

describe("addDays / dueDates", () => {
  it("counts calendar days from today, across month and year ends", () => {
    const today = calendarDateIn(new Date("2026-12-28T23:30:00Z"), "UTC");
    expect(isoDay(addDays(today, 7))).toBe("2027-01-04");
    expect(isoDay(addDays(today, 0))).toBe("2026-12-28");
  });

  it("dates the steps from the given day", () => {
    const dates = dueDates([rec("a", "now"), rec("b", "3m")], calendarDateIn(new Date("2026-11-22T08:00:00Z"), "UTC"));
    expect(isoDay(dates.get("a"))).toBe("2026-11-29");
    expect(isoDay(dates.get("b"))).toBe("2027-02-21");
  });
});

describe("today's calendar day", () => {
  it("is the day in the given time zone, not the server's", () => {
    // 20:00 UTC on 22 Nov is already 23 Nov in Shanghai.
    const now = new Date("2026-11-22T20:00:00Z");
    expect(noonUtc(calendarDateIn(now, "Asia/Shanghai")).toISOString()).toBe("2026-11-23T12:00:00.000Z");
    expect(noonUtc(calendarDateIn(now, "UTC")).toISOString()).toBe("2026-11-22T12:00:00.000Z");
  });
});
