// The honest small print: a simulation, not the lender's model, with the model version and dates, and
// (`children`) when an unopened plan is removed. On screen the site's footer right below already says
// "a simulation, not the lender's model", so that sentence is kept for paper only and the page stays short.
import type { ReactNode } from "react";
import { getFormatter, getTranslations } from "next-intl/server";
import { MODEL_VERSION } from "@/lib/scoring";

export async function PlanFootnote({
  modelVersion,
  createdAt,
  updatedAt,
  children,
}: {
  modelVersion: string;
  createdAt: string;
  updatedAt: string;
  children?: ReactNode;
}) {
  const t = await getTranslations("plan.disclaimer");
  const format = await getFormatter();
  const date = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "long", timeStyle: "short" });

  return (
    <footer data-testid="plan-disclaimer" className="space-y-1 border-t border-line pt-3 text-sm text-muted">
      <p className="hidden print:block">{t("text")}</p>
      {children}
      <p>
        {modelVersion === MODEL_VERSION
          ? t("model", { version: modelVersion })
          : t("outdated", { version: modelVersion, current: MODEL_VERSION })}
        {" · "}
        <span>{t("created", { date: date(createdAt) })}</span>
        {/* Only when it says something new: a tick a few seconds after creation is not news. */}
        {date(updatedAt) !== date(createdAt) && <span> · {t("updated", { date: date(updatedAt) })}</span>}
      </p>
    </footer>
  );
}
