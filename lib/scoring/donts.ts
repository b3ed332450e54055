// The don'ts: shown to everyone, because the most common ways to "raise a limit" make things worse.
import type { Profile } from "@/lib/profile/schema";

export const DONT_IDS = [
  "dont-apply-everywhere",
  "dont-borrow-to-look-active",
  "dont-pay-limit-services",
  "dont-speculate",
  "dont-mix-business-money",
] as const;
export type DontId = (typeof DONT_IDS)[number];

const BUSINESS_ONLY: ReadonlySet<DontId> = new Set(["dont-mix-business-money"]);

export function dontsFor(p: Profile): DontId[] {
  return DONT_IDS.filter((id) => p.purpose === "business" || !BUSINESS_ONLY.has(id));
}
