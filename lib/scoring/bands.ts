// From score to a simulated limit band: a ladder on the score, then caps that no score can lift
// (lib/scoring/caps.ts), each naming what would lift it.
import type { Profile } from "@/lib/profile/schema";
import { BANDS } from "./band-table";
import { strongestCap } from "./caps";
import { BAND_IDS, type Band, type BandId, type Cap, type CapReason } from "./types";

export { BANDS };

/** Lowest score that reaches each band (a judgement, see docs/model.md). */
export const BAND_FLOORS: Readonly<Record<BandId, number>> = { B0: 0, B1: 25, B2: 45, B3: 62, B4: 78, B5: 90 };

export const bandRank = (id: BandId): number => BAND_IDS.indexOf(id);
export const bandOf = (id: BandId): Band => ({ id, ...BANDS[id] });

export interface BandDecision {
  band: Band;
  /** The band the score alone would give. */
  ladder: BandId;
  /** The strongest rule holding the band below the ladder, and what lifts it; null when none does. */
  cap: Cap | null;
  /** The reason of `cap`, for quick checks. */
  cappedBy: CapReason | null;
}

export function ladderBand(score: number): BandId {
  let found: BandId = "B0";
  for (const id of BAND_IDS) if (score >= BAND_FLOORS[id]) found = id;
  return found;
}

/** The band for a score and profile: the ladder, lowered by the strongest cap that holds below it. */
export function decideBand(score: number, p: Profile): BandDecision {
  const ladder = ladderBand(score);
  const held = strongestCap(p, bandRank(ladder));
  const id = held ? held.band : ladder;
  return { band: bandOf(id), ladder, cap: held ? held.cap : null, cappedBy: held ? held.cap.reason : null };
}
