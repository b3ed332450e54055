// The plan's version as the proxy read it, carried to the cache route in a request header
// (PLAN_VERSION_HEADER): its last change and last opening, or "none" for a plan that does not exist.

export interface PlanVersion {
  updatedAt: Date;
  lastViewedAt: Date;
}

const NONE = "none";

export function encodePlanVersion(version: PlanVersion | null): string {
  return version ? `${version.updatedAt.toISOString()} ${version.lastViewedAt.toISOString()}` : NONE;
}

/** The version a header carries: null for "none", undefined when absent or unreadable (read it instead). */
export function decodePlanVersion(value: string | null): PlanVersion | null | undefined {
  if (value === NONE) return null;
  const [updatedAt, lastViewedAt, extra] = (value ?? "").split(" ").map((part) => new Date(part));
  if (!updatedAt || !lastViewedAt || extra || Number.isNaN(updatedAt.getTime()) || Number.isNaN(lastViewedAt.getTime())) return undefined;
  return { updatedAt, lastViewedAt };
}
