// The contract's bands, in yuan: shared by the ladder (bands.ts) and the caps (caps.ts).
import type { BandId } from "./types";

export const BANDS: Readonly<Record<BandId, { min: number; max: number }>> = {
  B0: { min: 0, max: 0 },
  B1: { min: 1_000, max: 5_000 },
  B2: { min: 5_000, max: 20_000 },
  B3: { min: 20_000, max: 50_000 },
  B4: { min: 50_000, max: 100_000 },
  B5: { min: 100_000, max: 200_000 },
};
