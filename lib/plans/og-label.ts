// The band as the link-preview image writes it, e.g. "B3 · ¥20,000–50,000": Latin letters and digits
// only, the same in every language (the image has no CJK font).
import type { Band } from "@/lib/scoring/types";

const amount = (n: number) => Math.round(n).toLocaleString("en-US");

export function ogBandLabel(band: Band): string {
  if (band.id === "B0" || band.max <= 0) return `${band.id} · ¥0`;
  return `${band.id} · ¥${amount(Math.min(band.min, band.max))}–${amount(Math.max(band.min, band.max))}`;
}
