// The pages the browser benchmarks open, each with the moment it counts as ready (the same markers as the
// end-to-end size budget), and a plan to show: created through the API like a person would.
import { randomProfile } from "../load/random-profile.mjs";
import { ownerTokenKey, upgradeProfile } from "./ts-modules.mjs";

/** Creates one plan on the running app (answers of the current contract, v2: the plan has the year ahead); returns its id. */
export async function createPlan(base) {
  return (await createOwnedPlan(base)).id;
}

/** The same, returning the plan's id and its edit token (what the owner's browser keeps). */
export async function createOwnedPlan(base) {
  const response = await fetch(`${base}/api/plans`, {
    method: "POST",
    headers: { "content-type": "application/json", "accept-language": "en" },
    body: JSON.stringify(upgradeProfile(randomProfile(1))),
    signal: AbortSignal.timeout(60_000),
  });
  if (response.status !== 201) throw new Error(`POST /api/plans answered ${response.status}: ${await response.text()}`);
  const { id, editToken } = await response.json();
  return { id, editToken };
}

/**
 * name → { path, ready(page), owner? } for the app, given a plan id. `owner`: opened by the plan's owner
 * (the browser holds its edit token: see contextFor).
 */
export function appPages(planId) {
  return {
    home: { path: "/en", ready: (p) => p.getByTestId("start-questionnaire").waitFor() },
    questionnaire: { path: "/en/questionnaire", ready: (p) => p.locator('form[data-testid="questionnaire"][data-ready="true"]').waitFor() },
    plan: { path: `/en/p/${planId}`, ready: (p) => p.getByTestId("plan-readonly-note").waitFor() },
    planOwner: { path: `/en/p/${planId}`, owner: true, ready: (p) => p.getByTestId("fold-manage").waitFor() },
    print: { path: `/en/p/${planId}/print`, ready: (p) => p.getByTestId("print-sheet").waitFor() },
    diagnose: { path: "/en/diagnose", ready: (p) => p.getByTestId("diagnose-form").waitFor() },
  };
}

export const BARE_PAGE = { path: "/", ready: (p) => p.locator("h1").waitFor() };
/** The bare page with the app's stylesheet linked (tests/bench/bare-app.mjs). */
export const BARE_STYLED_PAGE = { path: "/styled", ready: (p) => p.locator("h1").waitFor() };

/** A fresh browser context; for an owner's page, its localStorage holds the plan's edit token under the app's own key. */
export async function contextFor(browser, page, plan) {
  const context = await browser.newContext();
  if (page.owner) {
    await context.addInitScript(([key, token]) => window.localStorage.setItem(key, token), [ownerTokenKey(plan.id), plan.editToken]);
  }
  return context;
}
