// The catalogue namespaces the questionnaire's client components translate with (and nothing more:
// they are serialized into the page).
export const QUESTIONNAIRE_NAMESPACES = ["questionnaire", "fields", "validation"] as const;
