// How long an unopened plan is kept. Pure: no database here, so pages and tests can use it directly.

export const DEFAULT_RETENTION_DAYS = 180;
export const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * PLAN_RETENTION_DAYS: whole days a plan may go unopened before it is removed (default 180).
 * 0 keeps plans for ever (no pruning); anything unreadable falls back to the default rather than
 * deleting plans on a typo.
 */
export function retentionDays(value: string | undefined = process.env.PLAN_RETENTION_DAYS): number {
  if (value === undefined || value.trim() === "") return DEFAULT_RETENTION_DAYS;
  const n = Number(value);
  return Number.isInteger(n) && n >= 0 && n <= 36_500 ? n : DEFAULT_RETENTION_DAYS;
}

/** Plans last opened before this moment are removed by the prune step. */
export function retentionCutoff(now: Date, days: number): Date {
  return new Date(now.getTime() - days * DAY_MS);
}

/**
 * When a plan last opened at `lastViewedAt` will be removed if nobody opens it again, or null when
 * plans are kept for ever (days = 0).
 */
export function retentionDate(lastViewedAt: Date | string, days: number = retentionDays()): Date | null {
  if (days <= 0) return null;
  return new Date(new Date(lastViewedAt).getTime() + days * DAY_MS);
}
