// A step's gain in words: small / medium / large, and "moves you to B3" when the step alone lifts the
// band. Never a bare number of points: a point or two of score is false precision. Shared by the plan
// (server) and the what-if (browser), so it takes its translators as arguments.
import type { Translator } from "@/lib/i18n/translate";
import type { BandId, Recommendation, RecommendationV2 } from "@/lib/scoring/types";
import { gainOf, movesTo } from "./limit-logic";

/** `tLimit` resolves the "limit" keys; `band` names a band in a sentence (band-label.ts). */
export function gainText(
  tLimit: Translator,
  r: Recommendation | RecommendationV2,
  current: BandId,
  band: (id: BandId) => string,
): string {
  const words = tLimit(`gain.${gainOf(r)}`);
  const to = movesTo(r, current);
  return to ? `${words} · ${tLimit("gain.movesTo", { band: band(to) })}` : words;
}
