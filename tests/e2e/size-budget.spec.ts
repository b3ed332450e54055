// A size budget in bytes, not timings: a change that bloats a page's first-load JavaScript fails here.
// Budgets sit a little above today's sizes (tests/e2e/size-budget.json); raising one is a decision to
// write down in the commit that does it.
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { typical } from "@/tests/fixtures/profiles";
import { createPlanViaApi, waitForRole } from "./fixtures";
import { firstLoadScriptBytes } from "./page-weight";

const budgets = JSON.parse(readFileSync(path.resolve("tests/e2e/size-budget.json"), "utf8")) as Record<string, number>;

test("first-load JavaScript of each page stays within its budget", async ({ browser, request }) => {
  const plan = await createPlanViaApi(request, typical);
  const pages: Record<string, { path: string; ready: Parameters<typeof firstLoadScriptBytes>[2] }> = {
    home: { path: "/en", ready: async (p) => void (await p.getByTestId("start-questionnaire").waitFor()) },
    questionnaire: {
      path: "/en/questionnaire",
      ready: async (p) => void (await p.locator('form[data-testid="questionnaire"][data-ready="true"]').waitFor()),
    },
    plan: { path: `/en/p/${plan.id}`, ready: (p) => waitForRole(p, "viewer") },
    print: { path: `/en/p/${plan.id}/print`, ready: async (p) => void (await p.getByTestId("print-sheet").waitFor()) },
    diagnose: { path: "/en/diagnose", ready: async (p) => void (await p.getByTestId("diagnose-form").waitFor()) },
  };
  const measured: Record<string, number> = {};
  for (const [name, { path: pagePath, ready }] of Object.entries(pages)) {
    const context = await browser.newContext();
    measured[name] = await firstLoadScriptBytes(await context.newPage(), pagePath, ready);
    await context.close();
  }
  console.log(`first-load JS (gzip bytes): ${JSON.stringify(measured)}`);
  for (const [name, bytes] of Object.entries(measured)) {
    expect(budgets[name], `a budget for ${name}`).toBeGreaterThan(0);
    expect(bytes, `${name}: ${bytes} B against a budget of ${budgets[name]} B`).toBeLessThanOrEqual(budgets[name]!);
  }
});
