// What a page makes a browser download as JavaScript on first load, in gzip bytes: the same measure as
// "first-load JS". Measured from the real responses of the built app, so it counts exactly what ships.
import { gzipSync } from "node:zlib";
import type { Page } from "@playwright/test";

export async function firstLoadScriptBytes(page: Page, path: string, ready: (page: Page) => Promise<void>): Promise<number> {
  const seen = new Map<string, number>();
  const pending: Promise<void>[] = [];
  page.on("response", (response) => {
    if (response.request().resourceType() !== "script") return;
    pending.push(
      response
        .body()
        .then((body) => void seen.set(response.url(), gzipSync(body, { level: 9 }).length))
        .catch(() => undefined),
    );
  });
  await page.goto(path);
  await ready(page);
  await page.waitForLoadState("networkidle");
  await Promise.all(pending);
  return [...seen.values()].reduce((sum, n) => sum + n, 0);
}

/** Every page over its budget (or without one), in words that name the page and both figures. */
export function budgetFailures(measured: Record<string, number>, budgets: Record<string, number>): string[] {
  return Object.entries(measured).flatMap(([name, bytes]) => {
    const budget = budgets[name];
    if (!(typeof budget === "number" && budget > 0)) return [`${name}: no budget`];
    return bytes > budget ? [`${name}: ${bytes} B against a budget of ${budget} B`] : [];
  });
}
