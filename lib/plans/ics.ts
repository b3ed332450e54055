// Just enough RFC 5545 (iCalendar) to write a calendar file: text escaping, line folding, dates.
import type { CalendarDate } from "./calendar-date";

/** TEXT values: backslash, semicolon, comma and line breaks are escaped (RFC 5545 §3.3.11). */
export function escapeText(value: string): string {
  return value.replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\r\n|\r|\n/g, "\\n");
}

const encoder = new TextEncoder();

/**
 * Folds a content line so that no line is longer than 75 octets (RFC 5545 §3.1): the rest continues on
 * the next line after CRLF and one space. Counted in UTF-8 bytes, never splitting a character.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = "";
  let size = 0;
  let limit = 75;
  for (const char of line) {
    const bytes = encoder.encode(char).length;
    if (size + bytes > limit) {
      parts.push(current);
      current = "";
      size = 0;
      limit = 74; // continuation lines start with the space, which counts
    }
    current += char;
    size += bytes;
  }
  parts.push(current);
  return parts.join("\r\n ");
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** DATE value, e.g. 20261122. */
export const formatDate = (d: CalendarDate): string => `${pad(d.year, 4)}${pad(d.month)}${pad(d.day)}`;

/** UTC DATE-TIME value, e.g. 20261122T154200Z (DTSTAMP). */
export function formatUtc(at: Date): string {
  return `${pad(at.getUTCFullYear(), 4)}${pad(at.getUTCMonth() + 1)}${pad(at.getUTCDate())}T${pad(at.getUTCHours())}${pad(at.getUTCMinutes())}${pad(at.getUTCSeconds())}Z`;
}

/** Joins content lines into a file: each folded, each ended by CRLF. */
export function icsFile(lines: string[]): string {
  return lines.map((line) => `${foldLine(line)}\r\n`).join("");
}
