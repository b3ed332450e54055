// The outlook against today's line: the model's band beside the band that holds the limit the person has now.
import type { Profile } from "@/lib/profile/schema";
import { BANDS, bandRank } from "./bands";
import { BAND_IDS, type BandId, type Outlook } from "./types";

/** The band holding a limit: the highest whose lower edge it reaches; an open line under ¥1,000 is B1. */
export function bandOfLimit(limit: number): BandId {
  let found: BandId = "B1";
  for (const id of BAND_IDS) if (id !== "B0" && BANDS[id].min <= limit) found = id;
  return found;
}

/** null unless today's limit is known and above zero. */
export function outlookFor(p: Profile, band: BandId): Outlook | null {
  const limit = p.finances.currentLimit;
  if (limit === null || limit <= 0) return null;
  const today = bandRank(bandOfLimit(limit));
  const model = bandRank(band);
  return model > today ? "grow" : model === today ? "hold" : "at-risk";
}
