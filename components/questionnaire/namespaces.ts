// The catalogue namespaces the questionnaire's client components translate with (and nothing more:
// they are serialized into the page).
export const QUESTIONNAIRE_NAMESPACES = ["questionnaire", "fields", "validation"] as const;

/**
 * Also on the new-plan page: "just show me the result" shows the band and the first steps' titles (only
 * the titles: the steps' other texts were a fifth of the page's HTML).
 */
export const PREVIEW_NAMESPACES = ["plan.band", "scoring.recommendations.*.title"] as const;
