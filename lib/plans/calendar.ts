// The plan as calendar reminders: one all-day event with an alarm per "now" and "3m" step, and a
// check-in. Pure: the texts, the day of download and the clock are passed in.
//
// The dates, counted from the day of download (day 0):
// - "now" steps, in rank order: day 1, 2, 3, … (one a day, the best first), never later than day 7;
// - "3m" steps, in rank order, spread over the next 91 days (13 weeks): the k-th of n (k from 1) on day
//   ceil(91 × k / n), so the best comes first and the last falls at the three-month mark. The printed
//   checklist dates its "3m" steps with the same function (threeMonthDay); its "now" steps say only
//   "within a week", while the calendar spreads their reminders one a day so they do not all ring at once;
// - check-ins at the milestones of the year ahead (result.path): months 1, 3, 6 and 12 on days 30, 91,
//   182 and 365 (lib/plan-path/schedule.ts), each saying what the record should show by then if the
//   steps are done; a plan without a year ahead (scored by model v1) keeps one check-in on day 28.
// - the plan's next step (lib/scoring/next-step.ts, passed in as `next`) rings on day 1 whatever its
//   horizon, so the calendar starts where the plan page does; the other "now" steps follow from day 2.
// Every event has an alarm at 09:00 on its day (floating time: the phone's own time zone).
import { createHash } from "node:crypto";
import { milestones, type Milestone } from "@/lib/plan-path/schedule";
import type { PathPoint } from "@/lib/scoring/types";
import { addDays, type CalendarDate } from "./calendar-date";
import { escapeText, formatDate, formatUtc, icsFile } from "./ics";

export const NOW_FIRST_DAY = 1;
export const NOW_LAST_DAY = 7;
export const THREE_MONTH_DAYS = 91;
export const CHECK_IN_DAY = 28;

export interface CalendarStep {
  id: string;
  horizon: "now" | "3m" | "long";
  title: string;
  description: string | null;
}

export interface CalendarTexts {
  calendarName: string;
  /** The event title of a step, e.g. "LiftPlan: Turn on autopay". */
  stepTitle: (step: CalendarStep) => string;
  checkInTitle: string;
  checkInDescription: string;
  /** The line before the plan's link in every description. */
  planLink: string;
  alarm: string;
}

export interface PlanCalendarInput {
  planId: string;
  /** Absolute link back to the plan (the read-only share page). */
  planUrl: string;
  /** The domain after "@" in each UID. */
  domain: string;
  steps: CalendarStep[]; // ranked, best first
  /** The plan's next step, as the model names it (nextStepOf); null or absent: none leads. */
  next?: string | null;
  texts: CalendarTexts;
  today: CalendarDate;
  now: Date; // DTSTAMP
  /** Check-ins along the year ahead (milestoneCheckIns); none or empty: the single check-in on day 28. */
  checkIns?: CheckIn[];
}

export interface CheckIn {
  /** Stable per plan: part of the event's UID. */
  key: string;
  day: number;
  title: string;
  description: string;
}

export interface MilestoneTexts {
  title: (milestone: Milestone) => string;
  /** "By now your record should show…" for this milestone. */
  description: (milestone: Milestone) => string;
}

/** One check-in per milestone of the year ahead, on its day (none for a path of today alone). */
export function milestoneCheckIns(path: readonly PathPoint[], texts: MilestoneTexts): CheckIn[] {
  return milestones(path).map((m) => ({ key: `check-in/month-${m.month}`, day: m.day, title: texts.title(m), description: texts.description(m) }));
}

export interface ScheduledStep {
  step: CalendarStep;
  day: number; // days after today
}

/** The day the k-th (0-based `rank`) of `count` "3m" steps is due: spread by rank over 91 days. */
export function threeMonthDay(rank: number, count: number): number {
  return Math.ceil((THREE_MONTH_DAYS * (rank + 1)) / count);
}

/** Which day each "now" and "3m" step falls on (see the rule at the top of this file). Long-term steps get none. */
export function scheduleSteps(steps: CalendarStep[], next: string | null = null): ScheduledStep[] {
  const first = steps.find((s) => s.id === next);
  const now = steps.filter((s) => s.horizon === "now" && s !== first);
  const soon = steps.filter((s) => s.horizon === "3m" && s !== first);
  const offset = first ? 1 : 0;
  return [
    ...(first ? [{ step: first, day: NOW_FIRST_DAY }] : []),
    ...now.map((step, i) => ({ step, day: Math.min(NOW_FIRST_DAY + offset + i, NOW_LAST_DAY) })),
    ...soon.map((step, i) => ({ step, day: threeMonthDay(i, soon.length) })),
  ];
}

// Stable per plan and step, so importing a newer file updates the events instead of doubling them; a
// hash, so the UID does not spell out the plan's id.
function uid(planId: string, item: string, domain: string): string {
  return `${createHash("sha256").update(`${planId}/${item}`).digest("hex").slice(0, 32)}@${domain}`;
}

function event(input: PlanCalendarInput, item: string, day: number, title: string, description: string): string[] {
  const date = addDays(input.today, day);
  const full = `${description}\n\n${input.texts.planLink}\n${input.planUrl}`;
  return [
    "BEGIN:VEVENT",
    `UID:${uid(input.planId, item, input.domain)}`,
    `DTSTAMP:${formatUtc(input.now)}`,
    `DTSTART;VALUE=DATE:${formatDate(date)}`,
    `DTEND;VALUE=DATE:${formatDate(addDays(date, 1))}`,
    `SUMMARY:${escapeText(title)}`,
    `DESCRIPTION:${escapeText(full)}`,
    `URL:${input.planUrl}`,
    "TRANSP:TRANSPARENT",
    "BEGIN:VALARM",
    "ACTION:DISPLAY",
    "TRIGGER:PT9H",
    `DESCRIPTION:${escapeText(`${input.texts.alarm}: ${title}`)}`,
    "END:VALARM",
    "END:VEVENT",
  ];
}

/** The whole .ics file: CRLF line ends, folded at 75 octets. */
export function planCalendar(input: PlanCalendarInput): string {
  const { texts } = input;
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//LiftPlan//Plan reminders//EN",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    `X-WR-CALNAME:${escapeText(texts.calendarName)}`,
  ];
  for (const { step, day } of scheduleSteps(input.steps, input.next ?? null)) {
    lines.push(...event(input, `step/${step.id}`, day, texts.stepTitle(step), step.description ?? step.title));
  }
  const checkIns = input.checkIns?.length
    ? input.checkIns
    : [{ key: "check-in", day: CHECK_IN_DAY, title: texts.checkInTitle, description: texts.checkInDescription }];
  for (const c of checkIns) lines.push(...event(input, c.key, c.day, c.title, c.description));
  lines.push("END:VCALENDAR");
  return icsFile(lines);
}
