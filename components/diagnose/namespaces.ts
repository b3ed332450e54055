// The catalogue namespaces the diagnosis page's client components translate with: its own, the steps'
// words, and the questionnaire's (for someone who answers it here).
import { QUESTIONNAIRE_NAMESPACES } from "@/components/questionnaire/namespaces";

export const DIAGNOSE_NAMESPACES = ["diagnose", "scoring.recommendations", ...QUESTIONNAIRE_NAMESPACES] as const;
