// Editing needs the plan's edit token, kept only in the browser that created the plan. Without it
// the form is not offered at all, rather than failing after the person has typed their answers.
import { useSyncExternalStore, type ReactNode } from "react";
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { planPath } from "@/lib/http/plan-url";
import { localePath } from "@/lib/i18n/paths";
import { readOwnerToken } from "@/components/plan/owner/owner-token";
import { buttonClass } from "@/components/ui/button-styles";
import { Callout } from "@/components/ui/callout";

const noSubscription = () => () => {};

export function OwnerGate({ planId, children }: { planId: string; children: (token: string) => ReactNode }) {
  const t = useTranslations("questionnaire.edit");
  const locale = useLocale();
  // undefined until this browser's storage has been read (it cannot be read on the server).
  const token = useSyncExternalStore<string | null | undefined>(noSubscription, () => readOwnerToken(planId), () => undefined);

  if (token === undefined) {
    return (
      <p role="status" className="text-muted">
        {t("checking")}
      </p>
    );
  }
  if (token === null) {
    return (
      <div data-testid="not-owner">
        <Callout tone="info" title={t("notOwnerTitle")}>
          <p>{t("notOwnerBody")}</p>
          <div className="mt-4 flex flex-col gap-3 sm:flex-row">
            <Link href={planPath(planId, locale)} className={buttonClass("primary")}>
              {t("backToPlan")}
            </Link>
            <Link href={localePath(locale, "/questionnaire")} className={buttonClass("secondary")}>
              {t("newPlan")}
            </Link>
          </div>
        </Callout>
      </div>
    );
  }
  return <>{children(token)}</>;
}
