// The link-preview image of a plan, in the language of its URL: the product, what the plan is and its
// readiness score. No amounts (not even the band's range) and no answers: a preview travels further
// than the link. Chinese is drawn with a small font cut to these words (_og-font/README.md beside this file).
import { readFile } from "node:fs/promises";
import path from "node:path";
import { ImageResponse } from "next/og";
import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { routing } from "@/lib/i18n/routing";
import { getPlanBadge } from "@/lib/plans";

export const runtime = "nodejs";
export const alt = "LiftPlan: limit readiness score";
export const size = { width: 1200, height: 630 };
export const contentType = "image/png";

type Params = Promise<{ locale: string; id: string }>;

const ZH_FONT = path.join(process.cwd(), "app/[locale]/p/[id]/_og-font/og-zh.otf");

export default async function Image({ params }: { params: Params }) {
  const { locale, id } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  const badge = await getPlanBadge(id); // does not count as opening the plan
  if (!badge) notFound();
  const t = await getTranslations({ locale, namespace: "plan.og" });
  const brand = (await getTranslations({ locale, namespace: "common" }))("brand");
  const zh = locale === "zh-CN";
  // English uses the renderer's own font: pass no `fonts` key at all then (undefined would replace it).
  const options = zh ? { ...size, fonts: [{ name: "OgZh", data: await readFile(ZH_FONT), weight: 700 as const, style: "normal" as const }] } : size;
  return new ImageResponse(
    (
      <div
        lang={locale}
        style={{
          width: "100%",
          height: "100%",
          display: "flex",
          flexDirection: "column",
          justifyContent: "center",
          padding: "72px 88px",
          background: "#0f5a6f",
          color: "#ffffff",
          ...(zh ? { fontFamily: "OgZh" } : {}),
        }}
      >
        <div style={{ display: "flex", fontSize: 48, fontWeight: 700, marginBottom: 16 }}>{brand}</div>
        <div style={{ display: "flex", fontSize: 56, fontWeight: 700, marginBottom: 40 }}>{t("title")}</div>
        <div style={{ display: "flex", fontSize: 40, opacity: 0.9 }}>{t("score")}</div>
        <div style={{ display: "flex", alignItems: "baseline", marginTop: 8, fontSize: 64 }}>
          <span style={{ fontSize: 120, fontWeight: 700 }}>{String(badge.score)}</span>
          <span style={{ marginLeft: 12, opacity: 0.8 }}>/ 100</span>
        </div>
        <div style={{ display: "flex", fontSize: 32, marginTop: 32, opacity: 0.85 }}>{t("note")}</div>
      </div>
    ),
    options,
  );
}
