"use client";
// A sentence that carries an amount from the person's answers (e.g. the income that lifts a cap). Only
// the plan's owner reads the amount; everyone else, and the server's HTML before the browser knows who is
// looking, reads the same point in general words. Every amount-bearing sentence of the limit summary goes
// through here, so that the shared-link rules can withhold `ownerText` from a stranger in one place
// (leave it out and the general words are all that is sent). Outside a saved plan (the unsaved result on
// the questionnaire, in the answering person's own browser) the amount is theirs to read.
import { useMaybeOwner } from "@/components/plan/owner/owner-context";

export function OwnerAmount({ ownerText, publicText, testId }: { ownerText?: string; publicText: string; testId?: string }) {
  const context = useMaybeOwner();
  const owner = (context === null || context.role === "owner") && ownerText !== undefined;
  return (
    <span data-testid={testId} data-shows={owner ? "amount" : "general"}>
      {owner ? ownerText : publicText}
    </span>
  );
}
