// The cap of a result in one or two sentences of general words (no amounts from the answers): used where
// a result is shown in brief, such as the current model's result beside a stored plan.
import { getFormatter, getTranslations } from "next-intl/server";
import type { Result } from "@/lib/scoring/types";
import { MONEY_FORMAT } from "@/lib/plan-text/band-range";
import { stepText } from "@/lib/plan-text/step-text";
import { bandLabel } from "@/lib/plan-text/band-label";
import { capKey, capSay } from "@/lib/plan-text/limit-logic";

export async function CapNote({ result }: { result: Pick<Result, "band" | "ladderBand" | "cap"> }) {
  const cap = capSay(result);
  if (!cap) return null;
  const t = await getTranslations("limit");
  const tBand = await getTranslations("plan.band");
  const tScoring = await getTranslations("scoring");
  const tView = await getTranslations("shareView");
  const format = await getFormatter();
  const band = (id: Parameters<typeof bandLabel>[0]) => bandLabel(id, (n) => format.number(n, MONEY_FORMAT), tBand, t);
  const lift = cap.lift;
  let liftText: string | null = null;
  if (lift?.kind === "step") liftText = t("lift.step", { step: stepText(tScoring, tView, lift.id, null).title });
  else if (lift?.kind === "money") liftText = t(lift.field === "finances.monthlyIncome" ? "lift.incomePublic" : "lift.repaymentsPublic", { to: band(lift.to) });
  else if (lift) liftText = t("lift.other", { to: band(lift.to) });

  return (
    <span className="mt-1 block text-sm" data-testid="cap-note" data-cap={cap.reason}>
      {t(capKey(cap), { band: band(cap.band) })}
      {cap.ladder && <> {t("ladder", { band: band(cap.ladder) })}</>}
      {liftText && <> {liftText}</>}
    </span>
  );
}
