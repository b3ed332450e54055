// Words shared by every view of the year ahead: a step's general name (never the person's numbers, so
// it is safe on a shared plan), a month, and a band as its range.
import { BANDS } from "@/lib/scoring";
import type { BandId } from "@/lib/scoring/types";
import { formatBandRange, MONEY_FORMAT } from "./band-range";
import { maybe, type Translator } from "@/lib/i18n/translate";

/** `tPath` translates the "path" namespace. An id the catalogue no longer knows is shown as it is. */
export const stepName = (tPath: Translator, id: string): string => maybe(tPath, `steps.${id}`) ?? id;

export const monthText = (tPath: Translator, month: number): string => (month === 0 ? tPath("now") : tPath("month", { month }));
export const monthShort = (tPath: Translator, month: number): string => (month === 0 ? tPath("now") : tPath("monthShort", { month }));

type MoneyOptions = typeof MONEY_FORMAT & { notation?: "compact" };
type FormatNumber = (n: number, options: MoneyOptions) => string;

/** The band as a range ("B3 ¥10,000 – ¥20,000" style pieces come from plan.band), or "Paused" for B0. */
export function bandRangeText(id: BandId, formatNumber: FormatNumber, tBand: Translator, compact = false): string {
  const options: MoneyOptions = compact ? { ...MONEY_FORMAT, notation: "compact" } : MONEY_FORMAT;
  return formatBandRange({ id, ...BANDS[id] }, (n) => formatNumber(n, options), tBand, "pausedShort");
}
