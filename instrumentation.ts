// Next calls register() once when a server process starts. The prune step needs the database, so it is
// loaded only in the Node.js runtime (the edge runtime cannot load the SQLite driver), and not while
// `next build` prerenders pages (a build must not open or change any database).
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME === "nodejs" && process.env.NEXT_PHASE !== "phase-production-build") {
    const { startPruneSchedule } = await import("./lib/plans/prune-schedule");
    startPruneSchedule();
  }
}
