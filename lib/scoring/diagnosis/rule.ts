// What every cause rule reads and returns.
import type { Profile } from "@/lib/profile/schema";
import type { CauseStrength, DiagnosisEvent, FieldPath } from "./types";

export interface DiagnosisContext {
  profile: Profile;
  event: DiagnosisEvent;
  monthsAgo: number;
}

export type Finding = { strength: CauseStrength; evidence: FieldPath[] } | null;
export type CauseRule = (ctx: DiagnosisContext) => Finding;

/**
 * A count over the last `window` months covers the time before the event only when the event is inside the
 * window. Older events: the count describes the months since, which still weigh on the line (the lender keeps
 * reviewing it) but cannot be what triggered the event, so such a cause is at most "possible".
 */
export const withinWindow = (ctx: DiagnosisContext, window: number): boolean => ctx.monthsAgo < window;

export const found = (strong: boolean, ...evidence: FieldPath[]): Finding => ({
  strength: strong ? "strong" : "possible",
  evidence,
});
