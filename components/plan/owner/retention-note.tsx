// When the plan will be removed if nobody opens it again (the prune step: PLAN_RETENTION_DAYS).
import { getFormatter, getTranslations } from "next-intl/server";
import { retentionDate, retentionDays } from "@/lib/plans/retention";

/**
 * `lastViewedAt`: when the plan was last opened, this opening included (loadPlanPage). Renders nothing
 * when plans are kept for ever (PLAN_RETENTION_DAYS=0).
 */
export async function RetentionNote({ lastViewedAt }: { lastViewedAt: Date }) {
  const days = retentionDays();
  const removal = retentionDate(lastViewedAt, days);
  if (!removal) return null;
  const t = await getTranslations("retention");
  const format = await getFormatter();
  return (
    <p data-testid="plan-retention" className="text-sm text-muted">
      {t("note", { date: format.dateTime(removal, { dateStyle: "long" }), days })}
    </p>
  );
}
