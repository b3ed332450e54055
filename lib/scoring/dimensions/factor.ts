import type { Factor } from "../types";

/** A factor worth `max` points of its dimension, earning the share `credit` (0–1) of them. */
export const factor = (id: string, max: number, credit: number): Factor => ({ id, max, earned: max * credit });
