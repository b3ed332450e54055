// Text in a number box -> the number the schema checks, and back. People type "8,000", "¥8000",
// full-width digits from a Chinese keyboard ("８０００"), or amounts the way they say them: "5万",
// "1.2万", "8k", "3千". All of those are read; the box shows thousands separators as the person types.

const FULL_WIDTH_DIGIT = /[\uFF10-\uFF19]/g;

/** Words that multiply the number before them: 万 (and its "w" shorthand), 千, k. */
const MULTIPLIERS: Record<string, number> = { "万": 10_000, w: 10_000, "千": 1_000, k: 1_000 };

function normalise(text: string): string {
  return text
    .replace(FULL_WIDTH_DIGIT, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 0x30))
    .replace(/[\uFF0E\u3002]/g, ".") // full-width full stop and ideographic full stop as a decimal point
    .replace(/[\uFF0D\u2212]/g, "-") // full-width hyphen and minus sign
    .replace(/[\s,\uFF0C_]/g, "") // spaces and (full-width) thousands separators
    .replace(/^[¥\uFFE5]/, "")
    .replace(/元$/, "")
    .toLowerCase();
}

/** The number in a box's text: undefined when the box is empty, NaN when the text is not a number. */
export function parseNumberInput(text: string): number | undefined {
  const normalised = normalise(text);
  if (normalised === "") return undefined;
  const match = /^(-?(?:\d+\.?\d*|\.\d+))(万|w|千|k)?$/.exec(normalised);
  if (!match) return Number.NaN;
  const base = Number(match[1]);
  const multiplier = match[2] ? MULTIPLIERS[match[2]]! : 1;
  // Rounded to cents: 1.1万 is 11000, not 11000.000000000002.
  return multiplier === 1 ? base : Math.round(base * multiplier * 100) / 100;
}

/**
 * The form value for a box's text. An empty box is NaN (never undefined: the form library reads
 * undefined as "not set" and would show the starting answer again while the person types); the
 * schema's message map answers NaN with "this question needs an answer". Text that is not a number
 * is kept as text, so the schema answers it with "enter a number".
 */
export function toFormValue(text: string): number | string {
  const parsed = parseNumberInput(text);
  if (parsed === undefined) return Number.NaN;
  return Number.isNaN(parsed) ? text : parsed;
}

/** A number with thousands separators: 50000 -> "50,000", 1234.5 -> "1,234.5". */
export function groupDigits(value: number): string {
  const [whole, fraction] = String(Math.abs(value)).split(".");
  const grouped = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${value < 0 ? "-" : ""}${grouped}${fraction === undefined ? "" : `.${fraction}`}`;
}

/** The text a number box shows for a form value (nothing for unknown or unanswered values). */
export function formatNumberInput(value: unknown): string {
  return typeof value === "number" && Number.isFinite(value) ? groupDigits(value) : "";
}

/**
 * The box's text as the person types, with separators put in (or moved) wherever the text is a plain
 * number: "50000" -> "50,000", "1234." stays "1,234." while the decimals are on their way. Anything
 * else ("5万", "8k", "abc") is left exactly as typed.
 */
export function groupAsTyped(text: string): string {
  const match = /^(\s*[¥\uFFE5]?\s*)(-?)([\d,]+)(\.\d*)?(\s*)$/.exec(text);
  if (!match) return text;
  const [, prefix, sign, digits, fraction = "", suffix] = match;
  const plain = digits!.replace(/,/g, "");
  if (plain === "") return text;
  // Leading zeros are kept as typed ("007" is odd, but the person may be mid-edit).
  const grouped = plain.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${prefix}${sign}${grouped}${fraction}${suffix}`;
}

/**
 * Where the caret goes after regrouping: after the same number of digits (and decimal point) as
 * before it, so typing in the middle of "12,345" does not throw the caret to the end.
 */
export function caretAfterRegroup(before: string, caret: number, after: string): number {
  const significant = (c: string) => c !== ",";
  let count = 0;
  for (let i = 0; i < Math.min(caret, before.length); i += 1) if (significant(before[i]!)) count += 1;
  if (count === 0) return 0;
  for (let i = 0; i < after.length; i += 1) {
    if (significant(after[i]!)) count -= 1;
    if (count === 0) return i + 1;
  }
  return after.length;
}

/** Whether the box's text already stands for `value` (so an outside change need not rewrite it). */
export function textMatchesValue(text: string, value: unknown): boolean {
  const parsed = parseNumberInput(text);
  const valueIsBlank =
    value === undefined || value === null || typeof value === "string" || (typeof value === "number" && Number.isNaN(value));
  if (parsed === undefined || Number.isNaN(parsed)) return valueIsBlank;
  return parsed === value;
}

/** Whether a number box's form value is still unanswered (empty box). */
export function isUnanswered(value: unknown): boolean {
  return value === undefined || (typeof value === "number" && Number.isNaN(value));
}
