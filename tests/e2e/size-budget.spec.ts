// A size budget in bytes, not timings: a change that bloats a page's first-load JavaScript fails here.
// Budgets sit a little above today's sizes (tests/e2e/size-budget.json); raising one is a decision to
// write down in the commit that does it. Every page a person reaches is measured, the owner's views too
// (the owner's plan page loads the management and progress modules a visitor never does).
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { typical } from "@/tests/fixtures/profiles";
import { createPlanViaApi, newOwner, newVisitor, waitForRole, type CreatedPlan } from "./fixtures";
import { budgetFailures, firstLoadScriptBytes } from "./page-weight";

const budgets = JSON.parse(readFileSync(path.resolve("tests/e2e/size-budget.json"), "utf8")) as Record<string, number>;

type Ready = (page: Page) => Promise<void>;
const formReady: Ready = async (p) => void (await p.locator('form[data-testid="questionnaire"][data-ready="true"]').waitFor());

/** name → the page, who opens it and when it counts as loaded. */
interface PageSpec {
  path: string;
  owner?: boolean;
  ready: Ready;
}

function pages(plan: CreatedPlan) {
  return {
    home: { path: "/en", ready: async (p) => void (await p.getByTestId("start-questionnaire").waitFor()) },
    questionnaire: { path: "/en/questionnaire", ready: formReady },
    plan: { path: `/en/p/${plan.id}`, ready: (p) => waitForRole(p, "viewer") },
    planOwner: { path: `/en/p/${plan.id}`, owner: true, ready: (p) => waitForRole(p, "owner") },
    edit: { path: `/en/p/${plan.id}/edit`, owner: true, ready: formReady },
    print: { path: `/en/p/${plan.id}/print`, ready: async (p) => void (await p.getByTestId("print-sheet").waitFor()) },
    diagnose: { path: "/en/diagnose", ready: async (p) => void (await p.getByTestId("diagnose-form").waitFor()) },
    privacy: { path: "/en/privacy", ready: async (p) => void (await p.getByTestId("privacy-page").waitFor()) },
  } satisfies Record<string, PageSpec>;
}

test("first-load JavaScript of each page stays within its budget", async ({ browser, request }) => {
  const plan = await createPlanViaApi(request, typical);
  const measured: Record<string, number> = {};
  for (const [name, { path: pagePath, owner, ready }] of Object.entries<PageSpec>(pages(plan))) {
    const context = owner ? await newOwner(browser, "en", plan) : await newVisitor(browser, "en");
    measured[name] = await firstLoadScriptBytes(await context.newPage(), pagePath, ready);
    await context.close();
  }
  console.log(`first-load JS (gzip bytes): ${JSON.stringify(measured)}`);
  expect(Object.keys(budgets).sort(), "a budget for every measured page, and no budget for a page not measured").toEqual(Object.keys(measured).sort());
  expect(budgetFailures(measured, budgets)).toEqual([]);
});

test("a page whose scripts grow past its budget fails the check", async ({ browser, request }) => {
  const plan = await createPlanViaApi(request, typical);
  const { path: pagePath, ready } = pages(plan).plan;
  const context = await newVisitor(browser, "en");
  const page = await context.newPage();
  // 24 KB of random base64 text appended to the page's first chunk (random, so gzip keeps about 18 KB of
  // it: more than any page's headroom), as a comment so the page still runs: what a heavy new dependency
  // would add.
  let bloated = false;
  await page.route("**/_next/static/chunks/*.js", async (route) => {
    const response = await route.fetch();
    const body = await response.text();
    const extra = bloated ? "" : `\n/*${randomBytes(18_000).toString("base64")}*/`;
    bloated = true;
    await route.fulfill({ response, body: body + extra });
  });
  const bytes = await firstLoadScriptBytes(page, pagePath, ready);
  await context.close();
  expect(bloated).toBe(true);
  expect(budgetFailures({ plan: bytes }, budgets)).toEqual([`plan: ${bytes} B against a budget of ${budgets.plan} B`]);
});
