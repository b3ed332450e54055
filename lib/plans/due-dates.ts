// When each step of the printed checklist is due, counted from the day it is printed.
// The rule (also printed on the sheet): "Do now" steps within one week; the "Next 3 months" steps are
// spread by rank over the next 91 days (13 weeks), the k-th of n due after ceil(91·k/n) days, so the
// best step comes first and the last one falls at the three-month mark.
import { THREE_MONTH_DAYS, threeMonthDay } from "./calendar";
import type { Recommendation } from "@/lib/scoring/types";

export { THREE_MONTH_DAYS };
export const NOW_DAYS = 7;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Days from today until each "now" and "3m" step is due, keyed by recommendation id. */
export function dueInDays(recommendations: readonly Recommendation[]): Map<string, number> {
  const due = new Map<string, number>();
  const later = recommendations.filter((r) => r.horizon === "3m");
  for (const r of recommendations) if (r.horizon === "now") due.set(r.id, NOW_DAYS);
  // The same spread as the calendar file's reminders, so paper and phone agree on the 3-month dates.
  later.forEach((r, index) => due.set(r.id, threeMonthDay(index, later.length)));
  return due;
}

/** `days` calendar days after `today` (whole days in UTC, so no daylight-saving hour shifts the date). */
export function addDays(today: Date, days: number): Date {
  const start = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate(), 12);
  return new Date(start + days * DAY_MS);
}

/** Due dates for the steps that have one, keyed by recommendation id. */
export function dueDates(recommendations: readonly Recommendation[], today: Date): Map<string, Date> {
  return new Map([...dueInDays(recommendations)].map(([id, days]) => [id, addDays(today, days)]));
}

/**
 * Today's calendar date in a time zone (the app's, not the server's), as 12:00 UTC of that day: the
 * value `addDays` and `dueDates` count from, to be formatted with `timeZone: "UTC"`.
 */
export function calendarDay(now: Date, timeZone: string): Date {
  // en-CA writes dates as YYYY-MM-DD.
  const [year, month, day] = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" })
    .format(now)
    .split("-")
    .map(Number);
  return new Date(Date.UTC(year!, month! - 1, day!, 12));
}
