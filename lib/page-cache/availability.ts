// Whether the proxy sends plan pages through the cache. Off when PLAN_PAGE_CACHE_MB=0, and off for the
// rest of the process once the server could not reach itself for a render (say it listens only on an
// address that is not loopback): then every plan page is rendered per request, as without the cache.
// A flag on globalThis, because proxy.ts and the cache route are separate bundles in one process.
import { planPageCacheBytes } from "./settings";

const OFF = Symbol.for("liftplan.planPageCacheOff");
type Holder = { [OFF]?: true };

export function planPageCacheOn(): boolean {
  return !(globalThis as Holder)[OFF] && planPageCacheBytes() > 0;
}

export function turnPlanPageCacheOff(reason: unknown): void {
  if ((globalThis as Holder)[OFF]) return;
  (globalThis as Holder)[OFF] = true;
  console.error("Plan-page cache turned off: the server could not render a page through itself.", reason);
}
