// A band named in a sentence: its id with its range ("B3 (¥20,000 – ¥50,000)"), or "paused" for B0.
// Band ranges are the contract's, not the person's, so anyone may read them.
import type { Translator } from "@/lib/i18n/translate";
import { BANDS } from "@/lib/scoring/bands";
import type { BandId } from "@/lib/scoring/types";
import { formatBandRange } from "@/lib/plan-text/band-range";

/** `tBand` resolves the "plan.band" keys, `tLimit` the "limit" keys. */
export function bandLabel(id: BandId, formatMoney: (n: number) => string, tBand: Translator, tLimit: Translator): string {
  if (id === "B0") return tLimit("paused");
  return tLimit("band", { id, range: formatBandRange({ id, ...BANDS[id] }, formatMoney, tBand) });
}
