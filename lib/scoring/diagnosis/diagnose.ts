// "Why did my limit drop?": the causes the person's own answers point to, ranked, with the steps that
// address them and the official places to ask. Pure and deterministic, like the model it reads.
import type { Profile } from "@/lib/profile/schema";
import { evaluate } from "../evaluate";
import type { Result } from "../types";
import { manyApplications, multiLending } from "./borrowing-causes";
import { highDebtBurden, incomeCeiling } from "./capacity-causes";
import { channelsFor } from "./channels";
import { frequentDraws, largeDraw, lineMaxed, unusedLine } from "./line-causes";
import { rankCauses } from "./rank";
import { latePayments, overdue, thinRecord } from "./record-causes";
import type { CauseRule, DiagnosisContext } from "./rule";
import { stepsFor } from "./steps";
import type { Cause, CauseId, Diagnosis, DiagnosisRequest } from "./types";

const RULES: Readonly<Record<Exclude<CauseId, "lender-review">, CauseRule>> = {
  overdue,
  "late-payments": latePayments,
  "many-applications": manyApplications,
  "multi-lending": multiLending,
  "high-debt-burden": highDebtBurden,
  "line-maxed": lineMaxed,
  "frequent-draws": frequentDraws,
  "large-draw": largeDraw,
  "unused-line": unusedLine,
  "thin-record": thinRecord,
  "income-ceiling": incomeCeiling,
};

/** The causes the answers show, unranked. */
export function findCauses(ctx: DiagnosisContext): Cause[] {
  const causes: Cause[] = [];
  for (const [id, rule] of Object.entries(RULES) as [Exclude<CauseId, "lender-review">, CauseRule][]) {
    const finding = rule(ctx);
    if (finding) causes.push({ id, ...finding });
  }
  return causes;
}

/**
 * `result` may be passed by a caller that has evaluated the profile already. When no answer explains the
 * event strongly, a change on the lender's side is named too (first when nothing else shows), never a
 * cause the answers do not show.
 */
export function diagnose(profile: Profile, request: DiagnosisRequest, result: Result = evaluate(profile)): Diagnosis {
  const found = findCauses({ profile, ...request });
  const multiLendingWarning = result.warnings.some((w) => w.id === "multi-lending");
  const causes = rankCauses(profile, found, multiLendingWarning);
  if (!causes.some((c) => c.strength === "strong")) causes.push({ id: "lender-review", strength: "possible", evidence: [] });
  return { causes, steps: stepsFor(causes, result.recommendations), channels: channelsFor() };
}
