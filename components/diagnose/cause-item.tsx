"use client";
// One cause: how strongly the answers point to it, the answers themselves in plain words, and why it matters.
import { useTranslations } from "next-intl";
import type { Profile } from "@/lib/profile/schema";
import { causeFacts } from "@/lib/scoring/diagnosis/facts";
import type { Cause } from "@/lib/scoring/diagnosis/types";

const badge: Record<Cause["strength"], string> = {
  strong: "bg-red-100 text-red-900 border-red-300",
  possible: "bg-amber-50 text-amber-950 border-amber-300",
};

export function CauseItem({ cause, profile }: { cause: Cause; profile: Profile }) {
  const t = useTranslations("diagnose");
  return (
    <li className="rounded-card border border-line bg-white p-4 shadow-card" data-testid="cause" data-cause={cause.id} data-strength={cause.strength}>
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h3 className="font-semibold">{t(`causes.${cause.id}.title`)}</h3>
        {/* The word, not only the colour, says how strong. */}
        <span className={`rounded-full border px-2.5 py-0.5 text-sm font-semibold ${badge[cause.strength]}`}>{t(`results.${cause.strength}`)}</span>
      </div>
      <p className="mt-2">
        <span className="font-semibold">{t("results.evidenceLabel")}: </span>
        <span data-testid="cause-evidence">{t(`causes.${cause.id}.evidence`, causeFacts(cause.id, profile))}</span>
      </p>
      <p className="mt-1 text-muted">{t(`causes.${cause.id}.why`)}</p>
    </li>
  );
}
