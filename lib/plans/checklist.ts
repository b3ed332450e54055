// The owner's ticks on the printable checklist: { recommendationId: done }.
import { z } from "zod";
import { RECOMMENDATION_IDS } from "@/lib/scoring";

export type Checklist = Partial<Record<(typeof RECOMMENDATION_IDS)[number], boolean>>;

/** Keys must be recommendation ids of the catalogue, values booleans; anything else is rejected. */
export const checklistSchema = z.partialRecord(z.enum(RECOMMENDATION_IDS), z.boolean());

/** A change overwrites the ticks it names and keeps the others. */
export function mergeChecklist(stored: Checklist, change: Checklist): Checklist {
  return { ...stored, ...change };
}

const isRecommendationId = (key: string): key is keyof Checklist =>
  (RECOMMENDATION_IDS as readonly string[]).includes(key);

/** Stored JSON back to a checklist, dropping ticks for ids a later catalogue no longer has. */
export function parseStoredChecklist(json: string): Checklist {
  const stored: unknown = JSON.parse(json);
  const checklist: Checklist = {};
  if (stored && typeof stored === "object") {
    for (const [key, done] of Object.entries(stored)) {
      if (isRecommendationId(key) && typeof done === "boolean") checklist[key] = done;
    }
  }
  return checklist;
}
