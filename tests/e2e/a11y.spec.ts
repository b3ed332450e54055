// axe finds no violations on the home page, the questionnaire, the plan (owner and viewer, folded and
// with every fold open) and the print page.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { soleTrader } from "@/tests/fixtures/profiles";
import { createPlanViaApi, LOCALES, newOwner, newVisitor, openFolds, planPath, waitForRole } from "./fixtures";

async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(summary).toEqual([]);
}

for (const locale of LOCALES) {
  test(`no axe violations (${locale})`, async ({ browser, request }) => {
    const plan = await createPlanViaApi(request, soleTrader);
    const visitor = await (await newVisitor(browser, locale)).newPage();

    await visitor.goto(`/${locale}`);
    await expectNoViolations(visitor);

    await visitor.goto(`/${locale}/questionnaire`);
    await expect(visitor.locator('form[data-testid="questionnaire"][data-ready="true"]')).toBeVisible();
    await expectNoViolations(visitor);

    await visitor.goto(planPath(locale, plan.id));
    await waitForRole(visitor, "viewer");
    await expectNoViolations(visitor);

    await visitor.goto(`${planPath(locale, plan.id)}/print`);
    await expect(visitor.getByTestId("print-sheet")).toBeVisible();
    await expectNoViolations(visitor);

    const owner = await (await newOwner(browser, locale, plan)).newPage();
    await owner.goto(planPath(locale, plan.id));
    await waitForRole(owner, "owner");
    await expectNoViolations(owner);
    // Every fold open (sharing and managing the plan too), with the sole trader's business figures.
    await expect(owner.getByTestId("limit-business")).toBeVisible();
    await openFolds(owner);
    await expectNoViolations(owner);
  });
}
