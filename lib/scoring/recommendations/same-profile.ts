// Did an action change the profile? Profiles are plain data two levels deep (sections of scalars).
// Values are compared as JSON would compare them: a missing key and an undefined one are the same.
import type { Profile } from "@/lib/profile/schema";

type Plain = Record<string, unknown>;

function sameFlat(a: Plain, b: Plain): boolean {
  for (const k in a) if (a[k] !== b[k]) return false;
  for (const k in b) if (a[k] !== b[k]) return false;
  return true;
}

export function sameProfile(a: Profile, b: Profile): boolean {
  if (a === b) return true;
  const x = a as unknown as Plain;
  const y = b as unknown as Plain;
  const same = (k: string): boolean => {
    const u = x[k];
    const v = y[k];
    if (u === v) return true;
    if (typeof u !== "object" || typeof v !== "object" || u === null || v === null) return false;
    return sameFlat(u as Plain, v as Plain);
  };
  for (const k in x) if (!same(k)) return false;
  for (const k in y) if (!same(k)) return false;
  return true;
}
