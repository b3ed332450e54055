// When each step of the printed checklist is due, counted from the day it is printed.
// The rule (also printed on the sheet): "Do now" steps within one week; the "Next 3 months" steps are
// spread by rank over the next 91 days (13 weeks), the k-th of n due after ceil(91·k/n) days, so the
// best step comes first and the last one falls at the three-month mark. Days are counted as the calendar
// file counts them (calendar-date.ts).
import type { Recommendation } from "@/lib/scoring/types";
import { threeMonthDay } from "./calendar";
import { addDays, type CalendarDate } from "./calendar-date";

export const NOW_DAYS = 7;

/** Days from today until each "now" and "3m" step is due, keyed by recommendation id. */
export function dueInDays(recommendations: readonly Recommendation[]): Map<string, number> {
  const due = new Map<string, number>();
  const later = recommendations.filter((r) => r.horizon === "3m");
  for (const r of recommendations) if (r.horizon === "now") due.set(r.id, NOW_DAYS);
  // The same spread as the calendar file's reminders, so paper and phone agree on the 3-month dates.
  later.forEach((r, index) => due.set(r.id, threeMonthDay(index, later.length)));
  return due;
}

/** Due dates for the steps that have one, keyed by recommendation id. */
export function dueDates(recommendations: readonly Recommendation[], today: CalendarDate): Map<string, CalendarDate> {
  return new Map([...dueInDays(recommendations)].map(([id, days]) => [id, addDays(today, days)]));
}
