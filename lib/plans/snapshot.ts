// One scoring of a profile, as stored in a plan's history.
import type { Profile } from "@/lib/profile/schema";
import type { Result } from "@/lib/scoring/types";

export function snapshotRow(profile: Profile, result: Result, at: Date) {
  return { at, score: result.score, bandId: result.band.id, profile: JSON.stringify(profile), result: JSON.stringify(result) };
}

/** Oldest first; the id breaks ties between snapshots taken in the same millisecond. */
export const SNAPSHOT_ORDER = [{ at: "asc" as const }, { id: "asc" as const }];
export const SNAPSHOT_FIELDS = { at: true, score: true, bandId: true } as const;
