// The link-preview image of a plan: the band and the score, nothing else (no amounts beyond the band's
// range, no answers). Latin letters and digits only, in both languages: the image renderer cannot fetch
// fonts and the app bundles no CJK font, so Chinese text would come out as empty boxes.
import { ImageResponse } from "next/og";
import { notFound } from "next/navigation";
import { getPlanBadge } from "@/lib/plans";
import { ogBandLabel } from "@/lib/plans/og-label";

export const runtime = "nodejs";
export const alt = "LiftPlan: simulated limit band and score";
export const size = { width: 1200, height: 630 };
export const contentType = "image/png";

type Params = Promise<{ locale: string; id: string }>;

export default async function Image({ params }: { params: Params }) {
  const { id } = await params;
  const badge = await getPlanBadge(id); // does not count as opening the plan
  if (!badge) notFound();
  return new ImageResponse(
    (
      <div
        style={{
          width: "100%",
          height: "100%",
          display: "flex",
          flexDirection: "column",
          justifyContent: "center",
          padding: "72px 88px",
          background: "#0f5a6f",
          color: "#ffffff",
        }}
      >
        <div style={{ display: "flex", fontSize: 44, fontWeight: 600, letterSpacing: 1, marginBottom: 48 }}>LiftPlan</div>
        <div style={{ display: "flex", flexDirection: "column" }}>
          <div style={{ display: "flex", fontSize: 92, fontWeight: 700 }}>{ogBandLabel(badge.band)}</div>
          <div style={{ display: "flex", alignItems: "baseline", marginTop: 24, fontSize: 64 }}>
            <span style={{ fontSize: 120, fontWeight: 700 }}>{String(badge.score)}</span>
            <span style={{ marginLeft: 12, opacity: 0.8 }}>/ 100</span>
          </div>
        </div>
      </div>
    ),
    size,
  );
}
