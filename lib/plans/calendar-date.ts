// Days on the calendar, with no time of day and no time zone: what the printed checklist and the calendar
// file count their due dates in, from the reader's "today" (the app's time zone, not the server's).

export interface CalendarDate {
  year: number;
  month: number; // 1–12
  day: number;
}

/** The calendar day `days` after `date` (proleptic Gregorian, no time zone involved). */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  const d = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** The calendar day it is at `at` in the given IANA time zone. */
export function calendarDateIn(at: Date, timeZone: string): CalendarDate {
  const parts = new Intl.DateTimeFormat("en-US", { timeZone, year: "numeric", month: "numeric", day: "numeric" }).formatToParts(at);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return { year: get("year"), month: get("month"), day: get("day") };
}

/** 12:00 UTC of that day: a Date that names this day when formatted with `timeZone: "UTC"`. */
export function noonUtc(date: CalendarDate): Date {
  return new Date(Date.UTC(date.year, date.month - 1, date.day, 12));
}
