// Text in a number box -> the number the schema checks. People type "8,000", "¥8000" or full-width
// digits from a Chinese keyboard ("８０００"); all of those mean 8000.

const FULL_WIDTH_DIGIT = /[\uFF10-\uFF19]/g;

/** The number in a box's text: undefined when the box is empty, NaN when the text is not a number. */
export function parseNumberInput(text: string): number | undefined {
  const normalised = text
    .replace(FULL_WIDTH_DIGIT, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 0x30))
    .replace(/[\uFF0E\u3002]/g, ".") // full-width full stop and ideographic full stop as a decimal point
    .replace(/[\uFF0D\u2212]/g, "-") // full-width hyphen and minus sign
    .replace(/[\s,\uFF0C_]/g, "") // spaces and (full-width) thousands separators
    .replace(/^[¥\uFFE5]/, "");
  if (normalised === "") return undefined;
  if (!/^-?(\d+\.?\d*|\.\d+)$/.test(normalised)) return Number.NaN;
  return Number(normalised);
}

/**
 * The form value for a box's text. An empty box is NaN too, never undefined: the form library reads
 * undefined as "not set" and would show the starting answer again while the person is typing. The
 * schema answers NaN with "Enter a number.", so an empty box can never be sent.
 */
export function toFormValue(text: string): number {
  return parseNumberInput(text) ?? Number.NaN;
}

/** The text a number box shows for a form value (nothing for unknown or unfinished values). */
export function formatNumberInput(value: unknown): string {
  return typeof value === "number" && Number.isFinite(value) ? String(value) : "";
}

/** Whether the box's text already stands for `value` (so an outside change need not rewrite it). */
export function textMatchesValue(text: string, value: unknown): boolean {
  const parsed = parseNumberInput(text);
  const valueIsBlank = value === undefined || value === null || (typeof value === "number" && Number.isNaN(value));
  if (parsed === undefined || Number.isNaN(parsed)) return valueIsBlank;
  return parsed === value;
}
