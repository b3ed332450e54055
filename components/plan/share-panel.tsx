// Sharing: the read-only link with a copy button, and the way to the printable checklist.
import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { CopyLink } from "./copy-link";

export async function SharePanel({ planId, url }: { planId: string; url: string }) {
  const t = await getTranslations("plan.share");
  return (
    <section aria-labelledby="share-heading" data-testid="plan-share" className="rounded-card border border-line bg-white p-5 shadow-card sm:p-6">
      <h2 id="share-heading" className="text-xl font-bold text-ink">
        {t("heading")}
      </h2>
      <p className="mt-1 text-sm text-muted">{t("body")}</p>
      <div className="mt-3">
        <CopyLink url={url} labels={{ field: t("urlLabel"), copy: t("copy"), copied: t("copied"), failed: t("copyFailed") }} />
      </div>
      <p className="mt-3 print:hidden">
        <Link
          href={`/p/${encodeURIComponent(planId)}/print`}
          data-testid="print-link"
          className="font-semibold text-brand-900 underline underline-offset-2"
        >
          {t("print")}
        </Link>
      </p>
    </section>
  );
}
