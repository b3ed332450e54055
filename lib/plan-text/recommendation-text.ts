// A recommendation's words for this person: what to do (title), why it helps them, how, the measurable
// target with today's value, and how long until it shows. All take the person's own numbers.
import type { Profile } from "@/lib/profile/schema";
// The facts module itself, not the scoring index: client pages that word steps need not ship the model.
import { recommendationFacts } from "@/lib/scoring/recommendations/facts";
import { maybe, type Translator } from "@/lib/i18n/translate";

export interface RecommendationText {
  title: string;
  why: string | null;
  how: string | null;
  target: string | null;
  shows: string | null;
}

/** `tScoring` is a translator for the "scoring" namespace. */
export function recommendationText(tScoring: Translator, id: string, profile: Profile): RecommendationText {
  const facts = recommendationFacts(id, profile);
  return {
    title: maybe(tScoring, `recommendations.${id}.title`, facts) ?? id,
    why: maybe(tScoring, `recommendations.${id}.why`, facts),
    how: maybe(tScoring, `recommendations.${id}.how`, facts),
    target: maybe(tScoring, `recommendations.${id}.target`, facts),
    shows: maybe(tScoring, `recommendations.${id}.shows`, facts),
  };
}
