// Sharing: the read-only share link (copy, QR code, the phone's share sheet) and the way to the printable
// checklist, folded (one line on a phone until opened). The owner's private link is not here but with the
// plan's management (owner-bar.tsx), in a fold of its own, so the two links are never side by side.
import type { ReactNode } from "react";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { planPath } from "@/lib/http/plan-url";
import { CopyLink } from "./copy-link";
import { NativeShareButton } from "./native-share-button";
import { PlanFold } from "@/components/plan/result/plan-fold";
import { QrCode } from "./qr-code";

export async function SharePanel({ planId, url, children }: { planId: string; url: string; children?: ReactNode }) {
  const t = await getTranslations("plan.share");
  const locale = await getLocale();
  return (
    <PlanFold id="share" summary={t("heading")} hint={t("hint")}>
      <section aria-labelledby="share-heading" data-testid="plan-share">
        <h2 id="share-heading" className="text-xl font-semibold text-ink">
          {t("heading")}
        </h2>
        <div className="flex flex-col gap-5 sm:flex-row sm:items-start">
          <div className="min-w-0 flex-1">
            <p id="share-link-note" className="text-sm text-muted">
              {t("body")}
            </p>
            <div className="mt-3">
              <CopyLink
                url={url}
                description="share-link-note"
                labels={{ field: t("urlLabel"), copy: t("copy"), copied: t("copied"), failed: t("copyFailed") }}
              />
            </div>
            <NativeShareButton url={url} title={t("shareTitle")} labels={{ share: t("native"), failed: t("nativeFailed") }} />
          </div>
          {/* A relative link (no trustworthy host) cannot be scanned into anything useful: no code then. */}
          {!url.startsWith("/") && (
            <figure className="shrink-0 self-center text-center sm:self-start">
              <QrCode value={url} label={t("qrLabel")} testId="plan-qr" className="size-36 border border-line bg-white p-1" />
              <figcaption className="mt-1 max-w-36 text-sm text-muted">{t("qrCaption")}</figcaption>
            </figure>
          )}
        </div>
        {children}
        <p className="mt-4 print:hidden">
          <Link
            href={planPath(planId, locale, "print")}
            data-testid="print-link"
            className="font-semibold text-brand-900 underline underline-offset-2"
          >
            {t("print")}
          </Link>
        </p>
      </section>
    </PlanFold>
  );
}
