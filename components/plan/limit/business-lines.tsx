// A sole trader's business as this estimate reads it: the revenue, the payments received through the
// merchant code (收款码) and the business purchases, with where each counts. The revenue is asked apart from
// the owner's own income and never stands in for it: the limit's income ceiling reads the income.
// Every line is an amount from the answers, so this renders only where they may be seen: with a shared
// plan's answers on the server, in the owner's browser (owner-business-lines.tsx), or on the unsaved
// result in the answering person's own browser.
import { useFormatter, useTranslations } from "next-intl";
import type { Profile } from "@/lib/profile/schema";
import { purchasesToRevenue } from "@/lib/scoring/ratios";
import { MONEY_FORMAT } from "@/lib/plan-text/band-range";

export function BusinessLines({ profile }: { profile: Profile }) {
  const t = useTranslations("limit.business");
  const format = useFormatter();
  const business = profile.business;
  if (profile.purpose !== "business" || !business) return null;
  const money = (n: number) => format.number(n, MONEY_FORMAT);
  const share = purchasesToRevenue(profile);
  const purchases =
    business.monthlyPurchases === null
      ? t("unknown")
      : share !== null && Number.isFinite(share)
        ? t("purchasesShare", { amount: money(business.monthlyPurchases), pct: Math.round(share * 100) })
        : t("perMonth", { amount: money(business.monthlyPurchases) });
  const rows = [
    { id: "revenue", term: t("revenue"), value: t("perMonth", { amount: money(business.monthlyRevenue) }) },
    {
      id: "payments",
      term: t("payments"),
      value: business.paymentsReceived === null ? t("unknown") : t("paymentsValue", { count: business.paymentsReceived }),
    },
    { id: "purchases", term: t("purchases"), value: purchases },
  ];

  return (
    <div data-testid="limit-business" className="mt-4 border-t border-line pt-3 text-ink">
      <h3 className="font-semibold">{t("heading")}</h3>
      <dl className="mt-1 divide-y divide-line text-sm">
        {rows.map((row) => (
          <div key={row.id} className="flex flex-wrap justify-between gap-x-3 py-1.5">
            <dt className="text-muted">{row.term}</dt>
            <dd className="ml-auto text-right font-semibold tabular-nums" data-testid={`limit-business-${row.id}`}>
              {row.value}
            </dd>
          </div>
        ))}
      </dl>
      <p className="mt-1 text-sm">{t("use", { income: money(profile.finances.monthlyIncome) })}</p>
    </div>
  );
}
