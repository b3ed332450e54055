// Shared steps of the end-to-end tests: plans made through the real API, and browsers that are (or are
// not) the plan's owner. The owner's edit token lives only in localStorage, as in the app.
import { expect, type APIRequestContext, type Browser, type BrowserContext, type Page } from "@playwright/test";
import type { Profile } from "@/lib/profile/schema";

export const LOCALES = ["zh-CN", "en"] as const;
export type TestLocale = (typeof LOCALES)[number];

export interface CreatedPlan {
  id: string;
  url: string;
  editToken: string;
}

export async function createPlanViaApi(request: APIRequestContext, profile: Profile): Promise<CreatedPlan> {
  const response = await request.post("/api/plans", { data: profile });
  expect(response.status()).toBe(201);
  return (await response.json()) as CreatedPlan;
}

/** A fresh browser context in the given language; no storage shared with any other context. */
export async function newVisitor(browser: Browser, locale: TestLocale): Promise<BrowserContext> {
  return browser.newContext({ locale, extraHTTPHeaders: { "Accept-Language": locale } });
}

/** A context whose localStorage holds the owner token, as the browser that created the plan would. */
export async function newOwner(browser: Browser, locale: TestLocale, plan: CreatedPlan): Promise<BrowserContext> {
  const context = await newVisitor(browser, locale);
  await context.addInitScript(
    ([id, token]) => window.localStorage.setItem(`liftplan:owner:${id}`, token),
    [plan.id, plan.editToken] as const,
  );
  return context;
}

/** The plan page path for a locale. */
export const planPath = (locale: TestLocale, id: string) => `/${locale}/p/${id}`;

/** Waits until the client components know who is looking (the folded plan management or the read-only note). */
export async function waitForRole(page: Page, role: "owner" | "viewer"): Promise<void> {
  const marker = role === "owner" ? page.getByTestId("fold-manage") : page.getByTestId("plan-readonly-note");
  await expect(marker).toBeVisible();
}

/** The owner turns on "share my answers": then anyone with the link sees the answers, their figures and the what-if. */
export async function shareAnswers(request: APIRequestContext, plan: CreatedPlan, on = true): Promise<void> {
  const response = await request.patch(`/api/plans/${plan.id}`, {
    data: { shareDetails: on },
    headers: { Authorization: `Bearer ${plan.editToken}` },
  });
  expect(response.status()).toBe(200);
}

/** Opens every folded part of the plan page (area scores, don'ts, history...), as a reader taps them open. */
export async function openFolds(page: Page): Promise<void> {
  const closed = page.locator('details[data-testid^="fold-"]:not([open]) > summary');
  for (let n = await closed.count(); n > 0; n--) await closed.first().click();
}

/** Opens one folded part of the plan page by tapping its summary ("share", "manage", "dimensions"...). */
export async function openFold(page: Page, id: string): Promise<void> {
  const fold = page.getByTestId(`fold-${id}`);
  await expect(fold).toBeVisible();
  if ((await fold.getAttribute("open")) === null) await fold.locator(":scope > summary").click();
  await expect(fold).toHaveAttribute("open", "");
}
