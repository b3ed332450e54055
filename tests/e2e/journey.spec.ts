// The whole journey as a person makes it: home → questionnaire → plan → change answers → re-scored plan.
import { expect, test, type Page } from "@playwright/test";
import { LOCALES, newVisitor, waitForRole, type TestLocale, openFolds } from "./fixtures";
import { text } from "./catalogue";
import { answerAll, answerStep } from "./questionnaire-driver";

const exact = { exact: true } as const;

async function typeNumber(page: Page, locale: TestLocale, field: string, value: string) {
  const box = page.getByLabel(text(locale, `fields.${field}.label`), exact);
  await box.fill(value);
}

async function answer(page: Page, locale: TestLocale, field: string, yes: boolean) {
  const group = page.getByRole("group", { name: text(locale, `fields.${field}.label`), exact: true });
  await group.getByRole("radio", { name: text(locale, yes ? "questionnaire.yes" : "questionnaire.no"), exact: true }).check();
}

async function next(page: Page, locale: TestLocale) {
  await page.getByRole("button", { name: text(locale, "questionnaire.next"), exact: true }).click();
}

async function expectStep(page: Page, current: number, total: number) {
  await expect(page.getByTestId("step-indicator")).toContainText(String(current));
  await expect(page.getByRole("progressbar")).toHaveAttribute("aria-valuenow", String(current));
  await expect(page.getByRole("progressbar")).toHaveAttribute("aria-valuemax", String(total));
}

for (const locale of LOCALES) {
  test(`questionnaire to plan and back (${locale})`, async ({ browser }) => {
    const context = await newVisitor(browser, locale);
    const page = await context.newPage();

    // Home: the visitor's language from the browser, what the tool is not, and a start button.
    await page.goto("/");
    await expect(page).toHaveURL(new RegExp(`/${locale}$`));
    await expect(page.locator("html")).toHaveAttribute("lang", locale);
    await expect(page.getByText(text(locale, "home.not.affiliation"))).toBeVisible();
    await page.getByTestId("start-questionnaire").click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/questionnaire$`));
    await expect(page.locator('form[data-testid="questionnaire"][data-ready="true"]')).toBeVisible();

    // Purpose: business, so the business step is asked too (8 steps).
    await page.getByTestId("purpose-business").check();
    await next(page, locale);
    await expectStep(page, 2, 8);

    // Repayment, with an out-of-range answer first: an inline message in the person's language.
    await typeNumber(page, locale, "repayment.onTimeMonths", "700");
    await next(page, locale);
    await expect(page.getByText(text(locale, "validation.tooBig", { max: 600 }))).toBeVisible();
    // The boxes left empty are asked for, not filled in for the person.
    await expect(page.getByText(text(locale, "validation.answerNeeded"))).toBeVisible();
    await expectStep(page, 2, 8);
    await typeNumber(page, locale, "repayment.onTimeMonths", "30");
    await typeNumber(page, locale, "repayment.latePayments12m", "0");
    await answer(page, locale, "repayment.currentlyOverdue", false);
    await answer(page, locale, "repayment.autopay", true);
    await next(page, locale);

    await typeNumber(page, locale, "borrowing.draws6m", "3");
    await typeNumber(page, locale, "borrowing.applications3m", "5");
    await typeNumber(page, locale, "borrowing.activeLenders", "2");
    await answerStep(page, { "borrowing.largestDraw6m": "unknown" });
    await next(page, locale);

    // A sole trader is asked for their own income, apart from the business's revenue.
    await page.getByLabel(text(locale, "fields.finances.monthlyIncome.labelBusiness"), exact).fill("12000");
    await typeNumber(page, locale, "finances.monthlyDebtPayments", "2000");
    await answerStep(page, { "finances.currentLimit": "unknown", "finances.usedLimit": "unknown" });
    await next(page, locale);

    // A reload keeps the answers given so far.
    await page.reload();
    await expect(page.locator('form[data-testid="questionnaire"][data-ready="true"]')).toBeVisible();
    const stored = await page.evaluate(() => window.localStorage.getItem("liftplan:draft:new"));
    expect(stored).toContain("12000");
    while ((await page.locator("form[data-step]").getAttribute("data-step")) !== "repayment") {
      const back = page.getByRole("button", { name: text(locale, "questionnaire.back"), exact: true });
      if ((await page.locator("form[data-step]").getAttribute("data-step")) === "purpose") {
        await next(page, locale);
      } else {
        await back.click();
      }
    }
    await expect(page.getByLabel(text(locale, "fields.repayment.onTimeMonths.label"), exact)).toHaveValue("30");
    await expect(page.getByLabel(text(locale, "fields.repayment.latePayments12m.label"), exact)).toHaveValue("0");
    // Forward to the end, answering the rest as a typical borrower and the business step.
    while ((await page.locator("form[data-step]").getAttribute("data-step")) !== "business") {
      await answerStep(page);
      await next(page, locale);
    }
    await expectStep(page, 8, 8);
    await answer(page, locale, "business.registered", true);
    await typeNumber(page, locale, "business.monthlyRevenue", "30000");
    await answerStep(page);
    // Every answer reviewed before anything is stored; then saved as a plan, by choice.
    await page.getByTestId("review").click();
    await expect(page.getByTestId("review-answers")).toBeVisible();
    await expect(page.getByTestId("review-finances.monthlyIncome")).toHaveText("¥12,000");
    await page.getByTestId("save-plan").click();

    // The plan: band, score, dimensions, grouped steps with reasons, the business warning.
    await expect(page).toHaveURL(new RegExp(`/${locale}/p/[A-Za-z0-9_-]{20,}$`));
    await waitForRole(page, "owner");
    const band = page.getByTestId("plan-band");
    await expect(band).toHaveAttribute("data-band", /^B[0-5]$/);
    await expect(page.getByTestId("plan-score")).toContainText(/\d+/);
    await openFolds(page); // the area scores and the don'ts are folded
    for (const dimension of ["repayment", "borrowing", "finances", "assets", "ecosystem", "spending"]) {
      await expect(page.getByTestId(`dimension-${dimension}`)).toBeVisible();
    }
    await expect(page.getByTestId("warning-business-use")).toBeVisible();
    await expect(page.getByTestId("warning-multi-lending")).toBeVisible();
    await expect(page.getByTestId("rec-pause-applications")).toContainText(
      text(locale, "scoring.recommendations.pause-applications.title"),
    );
    await expect(page.getByTestId("plan-donts")).toBeVisible();
    // The revenue answered for the business shows on the owner's plan, apart from the owner's own income.
    await expect(page.getByTestId("limit-business-revenue")).toContainText("30,000");
    const planUrl = page.url();

    // The owner changes an answer: something is overdue now. The plan is scored again: paused, settle first.
    await page.getByRole("link", { name: text(locale, "plan.owner.edit") }).click();
    await expect(page.locator('form[data-testid="questionnaire"][data-ready="true"]')).toBeVisible();
    await next(page, locale);
    await expect(page.getByLabel(text(locale, "fields.repayment.onTimeMonths.label"), exact)).toHaveValue("30");
    await answer(page, locale, "repayment.currentlyOverdue", true);
    await typeNumber(page, locale, "repayment.onTimeMonths", "0");
    await typeNumber(page, locale, "repayment.latePayments12m", "1");
    await answerAll(page);
    await expect(page.getByTestId("review-repayment.currentlyOverdue")).toHaveText(text(locale, "questionnaire.yes"));
    await page.getByTestId("submit").click();
    await expect(page).toHaveURL(planUrl);
    await expect(page.getByTestId("plan-band")).toHaveAttribute("data-band", "B0");
    await expect(page.locator("[data-testid^=rec-]").first()).toHaveAttribute("data-testid", "rec-settle-overdue");
    await openFolds(page);
    await expect(page.getByTestId("plan-history")).toBeVisible();
  });
}
