// The honest small print: a simulation, not the lender's model, with the model version and dates.
import { getFormatter, getTranslations } from "next-intl/server";
import { MODEL_VERSION } from "@/lib/scoring";

export async function PlanFootnote({
  modelVersion,
  createdAt,
  updatedAt,
}: {
  modelVersion: string;
  createdAt: string;
  updatedAt: string;
}) {
  const t = await getTranslations("plan.disclaimer");
  const format = await getFormatter();
  const date = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "long", timeStyle: "short" });

  return (
    <footer data-testid="plan-disclaimer" className="border-t border-line pt-4 text-sm text-muted">
      <p>{t("text")}</p>
      <p className="mt-2">
        {modelVersion === MODEL_VERSION
          ? t("model", { version: modelVersion })
          : t("outdated", { version: modelVersion, current: MODEL_VERSION })}
      </p>
      <p className="mt-1">
        <span>{t("created", { date: date(createdAt) })}</span>
        {/* Only when it says something new: a tick a few seconds after creation is not news. */}
        {date(updatedAt) !== date(createdAt) && <span> · {t("updated", { date: date(updatedAt) })}</span>}
      </p>
    </footer>
  );
}
