// Small helpers shared by the scoring tests.
import { BAND_IDS, type BandId } from "@/lib/scoring";

export const RUNS = { numRuns: 1000 } as const;

/** 1000 runs take a second or two; allow for a busy two-core CI machine. */
export const PROPERTY_TIMEOUT = 60_000;

export const bandRank = (id: BandId): number => BAND_IDS.indexOf(id);
