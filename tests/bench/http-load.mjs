// A bounded load: `clients` concurrent loops on loopback, each sending one request after another for
// `seconds` (after an unmeasured warm-up), with Node's own fetch (keep-alive). Every response body is
// read in full; a status other than the expected one counts as an error, as does any transport failure.
import { figures, median } from "./ts-modules.mjs";

const REQUEST_TIMEOUT_MS = 15_000;

/**
 * `request(i)` returns [url, init, expectedStatus]. Returns the summary (requests, errors, perSecond of
 * successful requests, p50, p99 in ms) and the kinds of errors seen.
 */
export async function driveLoad({ clients, seconds, warmupSeconds = 2, request }) {
  let counter = 0;
  const run = async (deadline, latencies, errors) => {
    const loop = async () => {
      while (Date.now() < deadline) {
        const [url, init, expected] = request(counter++);
        const started = performance.now();
        try {
          const response = await fetch(url, { ...init, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
          await response.arrayBuffer();
          if (response.status === expected) latencies?.push(performance.now() - started);
          else errors[`HTTP ${response.status}`] = (errors[`HTTP ${response.status}`] ?? 0) + 1;
        } catch (error) {
          const kind = error?.cause?.code ?? error?.name ?? "error";
          errors[kind] = (errors[kind] ?? 0) + 1;
        }
      }
    };
    await Promise.all(Array.from({ length: clients }, loop));
  };
  // Warm-up, not measured: a few requests one at a time (the first ones load the route's code), then the
  // full concurrency for `warmupSeconds`.
  for (let i = 0; i < 5; i++) {
    const [url, init] = request(counter++);
    await fetch(url, { ...init, signal: AbortSignal.timeout(60_000) }).then((r) => r.arrayBuffer()).catch(() => undefined);
  }
  await run(Date.now() + warmupSeconds * 1000, undefined, {});
  const latencies = [];
  const errorKinds = {};
  const started = performance.now();
  await run(Date.now() + seconds * 1000, latencies, errorKinds);
  const elapsed = (performance.now() - started) / 1000;
  const errors = Object.values(errorKinds).reduce((a, b) => a + b, 0);
  return { ...figures.summarizeLoad({ seconds: elapsed, latenciesMs: latencies, errors }), errorKinds, seconds: elapsed };
}

/** "12 (HTTP 500: 10, ECONNRESET: 2)" or "0". */
export const errorText = (r) =>
  r.errors ? `**${r.errors}** (${Object.entries(r.errorKinds).map(([k, n]) => `${k}: ${n}`).join(", ")})` : "0";

/**
 * Several rounds of one load as one figure: the median rate and latencies, requests and errors summed,
 * and each round's rate (`rounds`) to show how far they spread.
 */
export function combineRounds(runs) {
  const errorKinds = {};
  for (const run of runs) for (const [kind, n] of Object.entries(run.errorKinds)) errorKinds[kind] = (errorKinds[kind] ?? 0) + n;
  return {
    requests: runs.reduce((sum, run) => sum + run.requests, 0),
    errors: runs.reduce((sum, run) => sum + run.errors, 0),
    errorKinds,
    perSecond: median(runs.map((run) => run.perSecond)),
    p50: median(runs.map((run) => run.p50)),
    p99: median(runs.map((run) => run.p99)),
    rounds: runs.map((run) => run.perSecond),
  };
}
