// How a simulated limit band reads: B0 is "paused" (no range at all), the others a money range.
import type { Translator } from "@/lib/i18n/translate";
import type { Band } from "@/lib/scoring/types";

/** Money on the plan: yuan, whole amounts, the plain ¥ sign in every locale (never "CN¥"). */
export const MONEY_FORMAT = {
  style: "currency",
  currency: "CNY",
  currencyDisplay: "narrowSymbol",
  maximumFractionDigits: 0,
} as const satisfies Intl.NumberFormatOptions;

export type BandDisplay = { kind: "paused" } | { kind: "range"; min: number; max: number };

export function bandDisplay(band: Band): BandDisplay {
  // A zero-width band means the model paused the line (B0), whatever its id says.
  if (band.id === "B0" || band.max <= 0) return { kind: "paused" };
  return { kind: "range", min: Math.min(band.min, band.max), max: Math.max(band.min, band.max) };
}

/**
 * The band as one string, e.g. "¥20,000 – ¥50,000", or the paused sentence for B0.
 * `t` must resolve "range" ({min}, {max}) and the given paused key.
 */
export function formatBandRange(
  band: Band,
  formatMoney: (amount: number) => string,
  t: Translator,
  pausedKey = "paused",
): string {
  const shown = bandDisplay(band);
  if (shown.kind === "paused") return t(pausedKey);
  return t("range", { min: formatMoney(shown.min), max: formatMoney(shown.max) });
}
