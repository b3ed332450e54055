// Triage: when someone is overdue now, or repaying 60% or more of their income, a limit is not the point.
// The plan then leads with the few steps that get them back on track (settle, stop new borrowing, bring
// repayments down), adds two pieces of advice no answer can score (talk to the lenders about a repayment
// arrangement; take no new loan to repay old ones) with the official places to ask, and holds every other
// step back as "later". Pure: the plan's own steps in, ids out; the texts live in the message catalogues.
import type { Profile } from "@/lib/profile/schema";
import { HIGH_DEBT_BURDEN } from "./caps";
import { CHANNEL_IDS, type ChannelId } from "./diagnosis/types";
import { debtBurden } from "./ratios";
import type { Recommendation } from "./types";

export const TRIAGE_REASONS = ["overdue", "debt-burden"] as const;
export type TriageReason = (typeof TRIAGE_REASONS)[number];

/**
 * Catalogue steps that lead when they are in the plan, in this order: settle first (an overdue record
 * grows every day), then stop new borrowing (free and immediate), then bring repayments down.
 */
export const TRIAGE_LEAD_IDS = ["settle-overdue", "pause-applications", "borrow-what-you-need", "lower-debt-burden"] as const;

/**
 * Advice outside the scored catalogue: a repayment arrangement depends on the lender agreeing, so no
 * change to the answers can stand for it, and the model never credits a result it cannot promise.
 */
export const TRIAGE_ADVICE_IDS = ["talk-to-lenders", "no-new-loans"] as const;
export type TriageAdviceId = (typeof TRIAGE_ADVICE_IDS)[number];

/** Where to ask, from the official channels the diagnosis cites (docs/model.md, "Diagnosis"). */
export const TRIAGE_CHANNEL_IDS: readonly ChannelId[] = CHANNEL_IDS.filter((id) => id !== "credit-objection");

export interface Triage {
  /** Why triage applies; never empty. */
  reasons: TriageReason[];
  /** The plan's own steps that lead, in TRIAGE_LEAD_IDS order. */
  lead: string[];
  /** Every other step of the plan, in the order given. */
  later: string[];
  advice: TriageAdviceId[];
  channels: ChannelId[];
}

/** The reasons triage applies to these answers (empty: it does not). Repaying nothing is no burden, whatever the income. */
export function triageReasons(p: Profile): TriageReason[] {
  const reasons: TriageReason[] = [];
  if (p.repayment.currentlyOverdue) reasons.push("overdue");
  if (p.finances.monthlyDebtPayments > 0 && debtBurden(p) >= HIGH_DEBT_BURDEN) reasons.push("debt-burden");
  return reasons;
}

/** The triage for a plan, or null when it does not apply. `recommendations` are the plan's, ranked. */
export function triageFor(p: Profile, recommendations: readonly Pick<Recommendation, "id">[]): Triage | null {
  const reasons = triageReasons(p);
  if (reasons.length === 0) return null;
  const ids = recommendations.map((r) => r.id);
  const lead = TRIAGE_LEAD_IDS.filter((id) => ids.includes(id));
  return {
    reasons,
    lead,
    later: ids.filter((id) => !lead.includes(id as (typeof TRIAGE_LEAD_IDS)[number])),
    advice: [...TRIAGE_ADVICE_IDS],
    channels: [...TRIAGE_CHANNEL_IDS],
  };
}
