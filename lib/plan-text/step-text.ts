// A step's words for whoever is looking. With the answers (the owner, or anyone when the owner shares
// them): the person's own numbers (recommendation-text.ts). Without them: the catalogue's title, or a
// general one where the title quotes a number (shareView.steps.{id}.title), a reason in general words,
// and when it shows; no target and no "how", which quote the person's figures.
import type { Profile } from "@/lib/profile/schema";
import { recommendationText, type RecommendationText } from "./recommendation-text";
import { maybe, type Translator } from "@/lib/i18n/translate";

/** `tScoring`: the "scoring" namespace; `tView`: "shareView". */
export function stepText(tScoring: Translator, tView: Translator, id: string, details: Profile | null): RecommendationText {
  if (details) return recommendationText(tScoring, id, details);
  return {
    title: maybe(tView, `steps.${id}.title`) ?? maybe(tScoring, `recommendations.${id}.title`) ?? id,
    why: maybe(tView, `steps.${id}.why`),
    how: null,
    target: null,
    shows: maybe(tScoring, `recommendations.${id}.shows`),
  };
}
