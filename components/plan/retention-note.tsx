// When the plan will be removed if nobody opens it again (the prune step: PLAN_RETENTION_DAYS).
import { getFormatter, getTranslations } from "next-intl/server";
import { getPlanLastViewedAt, retentionDate, retentionDays } from "@/lib/plans";

/** Renders nothing for an unknown plan or when plans are kept for ever (PLAN_RETENTION_DAYS=0). */
export async function RetentionNote({ planId }: { planId: string }) {
  const days = retentionDays();
  // Read after the page has loaded the plan, which already counted this visit as opening it.
  const lastViewedAt = await getPlanLastViewedAt(planId);
  const removal = lastViewedAt && retentionDate(lastViewedAt, days);
  if (!removal) return null;
  const t = await getTranslations("retention");
  const format = await getFormatter();
  return (
    <p data-testid="plan-retention" className="text-sm text-muted">
      {t("note", { date: format.dateTime(removal, { dateStyle: "long" }), days })}
    </p>
  );
}
