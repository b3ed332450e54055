// A catalogue step's words for this person (title and how), from the plan's own messages. Reads the facts
// module directly rather than the scoring index, so the page does not ship the whole model.
import type { Profile } from "@/lib/profile/schema";
import { recommendationFacts } from "@/lib/scoring/recommendations/facts";
import { maybe, type Translator } from "@/components/plan/translate";

/** `tScoring` is a translator for the "scoring" namespace. */
export function stepText(tScoring: Translator, id: string, profile: Profile): { title: string; how: string | null } {
  const facts = recommendationFacts(id, profile);
  return {
    title: maybe(tScoring, `recommendations.${id}.title`, facts) ?? id,
    how: maybe(tScoring, `recommendations.${id}.how`, facts),
  };
}
