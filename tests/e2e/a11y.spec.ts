// axe finds no violations on the home page, the questionnaire, the plan (owner and viewer, folded and with
// every fold open) and the print page.
// One page per test, one axe run each: a slow run on a busy machine then costs one page's time, not five.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { soleTrader } from "@/tests/fixtures/profiles";
import { createPlanViaApi, LOCALES, newOwner, newVisitor, openFolds, planPath, waitForRole, type TestLocale } from "./fixtures";

async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(summary).toEqual([]);
}

async function visitorPage(browser: Browser, locale: TestLocale): Promise<Page> {
  return (await newVisitor(browser, locale)).newPage();
}

for (const locale of LOCALES) {
  test.describe(`no axe violations (${locale})`, () => {
    test("home page", async ({ browser }) => {
      const page = await visitorPage(browser, locale);
      await page.goto(`/${locale}`);
      await expectNoViolations(page);
      await page.context().close();
    });

    test("questionnaire", async ({ browser }) => {
      const page = await visitorPage(browser, locale);
      await page.goto(`/${locale}/questionnaire`);
      await expect(page.locator('form[data-testid="questionnaire"][data-ready="true"]')).toBeVisible();
      await expectNoViolations(page);
      await page.context().close();
    });

    test("plan, as a viewer", async ({ browser, request }) => {
      const plan = await createPlanViaApi(request, soleTrader);
      const page = await visitorPage(browser, locale);
      await page.goto(planPath(locale, plan.id));
      await waitForRole(page, "viewer");
      await expectNoViolations(page);
      await page.context().close();
    });

    test("print page", async ({ browser, request }) => {
      const plan = await createPlanViaApi(request, soleTrader);
      const page = await visitorPage(browser, locale);
      await page.goto(`${planPath(locale, plan.id)}/print`);
      await expect(page.getByTestId("print-sheet")).toBeVisible();
      await expectNoViolations(page);
      await page.context().close();
    });

    test("plan, as its owner", async ({ browser, request }) => {
      const plan = await createPlanViaApi(request, soleTrader);
      const page = await (await newOwner(browser, locale, plan)).newPage();
      await page.goto(planPath(locale, plan.id));
      await waitForRole(page, "owner");
      await expectNoViolations(page);
      await page.context().close();
    });

    test("plan, as its owner, every fold open", async ({ browser, request }) => {
      const plan = await createPlanViaApi(request, soleTrader);
      const page = await (await newOwner(browser, locale, plan)).newPage();
      await page.goto(planPath(locale, plan.id));
      await waitForRole(page, "owner");
      // Sharing and managing the plan too, with the sole trader's business figures.
      await expect(page.getByTestId("limit-business")).toBeVisible();
      await openFolds(page);
      await expectNoViolations(page);
      await page.context().close();
    });
  });
}
