// Runs the prune step when the server starts and then every few hours, in the background.
import { pruneStalePlans } from "./prune";
import { retentionDays } from "./retention";

export const PRUNE_INTERVAL_MS = 6 * 60 * 60 * 1000;

const state = globalThis as typeof globalThis & { __liftplanPruneTimer?: ReturnType<typeof setInterval> };

/**
 * Starts the schedule once per process (a second call is ignored). The timer is unref'd: it never keeps
 * a process alive on its own. Only counts are logged: never an id or anything else about a plan.
 */
export function startPruneSchedule(days: number = retentionDays(), intervalMs: number = PRUNE_INTERVAL_MS): void {
  if (days <= 0 || state.__liftplanPruneTimer) return;
  const run = async () => {
    try {
      const removed = await pruneStalePlans(new Date(), days);
      if (removed > 0) console.log(`[prune] removed ${removed} plan(s) not opened for ${days} days`);
    } catch (error) {
      // The next run tries again; the error's class name is enough to see that something is wrong.
      console.error(`[prune] failed: ${error instanceof Error ? error.name : typeof error}`);
    }
  };
  state.__liftplanPruneTimer = setInterval(run, intervalMs);
  state.__liftplanPruneTimer.unref?.();
  void run();
}

/** Stops the schedule (tests). */
export function stopPruneSchedule(): void {
  if (state.__liftplanPruneTimer) clearInterval(state.__liftplanPruneTimer);
  state.__liftplanPruneTimer = undefined;
}
