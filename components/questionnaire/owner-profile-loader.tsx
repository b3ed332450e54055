"use client";
// The answers to edit, fetched with the owner's token: the edit page itself carries none, so a stranger
// who opens it (it needs only the plan's id) sees no one's figures.
import { useEffect, useState, type ReactNode } from "react";
import { useLocale, useTranslations } from "next-intl";
import type { Profile } from "@/lib/profile/schema";
import { fetchOwnerProfile, type OwnerAnswersFailure } from "@/components/plan/owner/owner-answers";

export function OwnerProfileLoader({ planId, token, children }: { planId: string; token: string; children: (profile: Profile) => ReactNode }) {
  const t = useTranslations("shareView.edit");
  const locale = useLocale();
  const [result, setResult] = useState<Profile | OwnerAnswersFailure | null>(null);
  useEffect(() => {
    let live = true;
    void fetchOwnerProfile(planId, token, locale).then((loaded) => {
      if (live) setResult(loaded);
    });
    return () => {
      live = false;
    };
  }, [planId, token, locale]);

  if (result === null) {
    return (
      <p role="status" className="text-muted">
        {t("loading")}
      </p>
    );
  }
  if (typeof result === "string") {
    return (
      <p role="alert" data-testid="edit-load-failed" className="rounded-card border border-red-700 bg-red-50 p-4 font-semibold text-red-900">
        {result === "unauthorized" ? t("unauthorized") : t("failed")}
      </p>
    );
  }
  return <>{children(result)}</>;
}
