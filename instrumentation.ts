// Next calls register() once when a server process starts. The prune step needs the database, so it is
// loaded only in the Node.js runtime (the edge runtime cannot load the SQLite driver), and not while
// `next build` prerenders pages (a build must not open or change any database).
// The server guard (lib/http/server-guard.ts) sits in front of every request of this process; in
// production a missing PUBLIC_ORIGIN is said plainly at start-up (links then name the listening address).
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME === "nodejs" && process.env.NEXT_PHASE !== "phase-production-build") {
    const { installServerGuard } = await import("./lib/http/server-guard");
    installServerGuard();
    const { originWarning } = await import("./lib/http/origin");
    const warning = process.env.NODE_ENV === "production" ? originWarning() : null;
    if (warning) console.warn(`Warning: ${warning}`);
    const { startPruneSchedule } = await import("./lib/plans/prune-schedule");
    startPruneSchedule();
  }
}
