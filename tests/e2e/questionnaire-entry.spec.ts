// The questionnaire on a phone, in both languages, starts from the person's own answers: nothing is
// filled in and no plan can be reached without answers; 万 and k are read and separators shown as typed;
// answers that rarely go together are asked about before going on; every answer is reviewed before
// anything is stored, and "just show me the result" shows the whole result (band and what holds it, the
// next step, the ranked steps, the year ahead, the area scores, the don'ts) and stores nothing (the database
// is checked), with saving offered again at its end; the sticky step bar never covers the focused field.
// axe finds nothing on each new screen.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { text } from "./catalogue";
import { LOCALES, type TestLocale } from "./fixtures";
import { countPlansWith } from "./database";
import { answerAll, answerStep, form } from "./questionnaire-driver";

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };

async function phone(browser: Browser, locale: TestLocale): Promise<Page> {
  const context = await browser.newContext({ ...PHONE, locale, extraHTTPHeaders: { "Accept-Language": locale } });
  return context.newPage();
}

async function axe(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

async function open(page: Page, locale: TestLocale) {
  await page.goto(`/${locale}/questionnaire`);
  await expect(page.locator('form[data-testid="questionnaire"][data-ready="true"]')).toBeVisible();
}

async function next(page: Page, to: string) {
  await form(page).getByTestId("next").click();
  await expect(form(page)).toHaveAttribute("data-step", to);
}

for (const [i, locale] of LOCALES.entries()) {
  test.describe(`questionnaire entry (${locale})`, () => {
    test("starts unanswered and cannot reach a plan without answers; a half-answered draft comes back", async ({ browser }) => {
      const page = await phone(browser, locale);
      await open(page, locale);
      await next(page, "repayment");

      // Empty boxes with examples as placeholders, never values.
      const months = page.getByTestId("repayment.onTimeMonths");
      await expect(months).toHaveValue("");
      await expect(months).toHaveAttribute("placeholder", text(locale, "questionnaire.example", { value: "12" }));
      await axe(page);

      // "Next" with nothing answered: each empty box says it needs an answer (not "enter a number").
      await form(page).getByTestId("next").click();
      await expect(form(page)).toHaveAttribute("data-step", "repayment");
      await expect(page.locator("#q-repayment-onTimeMonths-error")).toHaveText(text(locale, "validation.answerNeeded"));
      await expect(page.locator("#q-repayment-latePayments12m-error")).toHaveText(text(locale, "validation.answerNeeded"));
      await expect(months).toBeFocused();
      await expect(page.getByText(text(locale, "validation.notNumber"))).toHaveCount(0);
      // Text that is not a number is told apart from an empty box.
      await months.fill("abc");
      await months.blur();
      await expect(page.locator("#q-repayment-onTimeMonths-error")).toHaveText(text(locale, "validation.notNumber"));
      await answerStep(page, { "repayment.onTimeMonths": "12" });
      await next(page, "borrowing");

      // "I don't know" is a choice the person makes: unticked, the box open.
      await expect(page.getByTestId("borrowing.largestDraw6m-unknown")).not.toBeChecked();
      await expect(page.getByTestId("borrowing.largestDraw6m")).toBeEnabled();
      await page.getByTestId("borrowing.draws6m").fill("4");
      await form(page).getByTestId("next").click();
      await expect(page.locator("#q-borrowing-largestDraw6m-error")).toHaveText(text(locale, "validation.answerNeeded"));
      await expect(form(page)).toHaveAttribute("data-step", "borrowing");

      // A reload brings back the half-answered draft: given answers kept, the rest still empty.
      await page.waitForTimeout(600); // the draft is saved 400 ms after the last change
      await page.reload();
      await expect(page.locator('form[data-testid="questionnaire"][data-ready="true"]')).toBeVisible();
      await expect(form(page)).toHaveAttribute("data-step", "borrowing");
      await expect(page.getByText(text(locale, "questionnaire.restored"))).toBeVisible();
      await expect(page.getByTestId("borrowing.draws6m")).toHaveValue("4");
      await expect(page.getByTestId("borrowing.activeLenders")).toHaveValue("");
      await form(page).getByTestId("back").click();
      await expect(form(page)).toHaveAttribute("data-step", "repayment");
      await expect(months).toHaveValue("12");

      // Only a fully answered questionnaire reaches the review (and so a plan).
      await answerAll(page);
      await expect(page.getByTestId("review-answers")).toBeVisible();
      await expect(page.getByTestId("review-borrowing.draws6m")).toContainText("4");
      await expect(page.getByTestId("review-finances.currentLimit")).toHaveText(text(locale, "questionnaire.unknown"));
    });

    test("reads 万 and k and shows separators as typed", async ({ browser }) => {
      const page = await phone(browser, locale);
      await open(page, locale);
      await next(page, "repayment");
      await answerStep(page);
      await next(page, "borrowing");
      await answerStep(page);
      await next(page, "finances");

      const income = page.getByTestId("finances.monthlyIncome");
      await income.pressSequentially("12000");
      await expect(income).toHaveValue("12,000"); // grouped while typing
      await income.fill("");
      await income.pressSequentially("5万");
      await expect(page.getByTestId("finances.monthlyIncome-understood")).toHaveText(
        text(locale, "questionnaire.understood", { value: "¥50,000" }),
      );
      await income.blur();
      await expect(income).toHaveValue("50,000");

      const debts = page.getByTestId("finances.monthlyDebtPayments");
      await debts.fill("1.2万");
      await debts.blur();
      await expect(debts).toHaveValue("12,000");
      await debts.fill("8k");
      await debts.blur();
      await expect(debts).toHaveValue("8,000");
      await axe(page);

      await answerAll(page);
      await expect(page.getByTestId("review-finances.monthlyIncome")).toHaveText("¥50,000");
      await expect(page.getByTestId("review-finances.monthlyDebtPayments")).toHaveText("¥8,000");
    });

    test("asks before going on when answers rarely go together", async ({ browser }) => {
      const page = await phone(browser, locale);
      await open(page, locale);
      await next(page, "repayment");

      // Overdue now, yet no late payment in 12 months and two years on time.
      await answerStep(page, { "repayment.currentlyOverdue": true, "repayment.onTimeMonths": "24", "repayment.latePayments12m": "0" });
      await form(page).getByTestId("next").click();
      const check = page.getByTestId("cross-check");
      await expect(check).toBeVisible();
      await expect(page.getByTestId("cross-check-overdueCleanRecord")).toContainText(
        text(locale, "questionnaire.crossCheck.overdueCleanRecord.question", { late: 0, months: 24 }),
      );
      await expect(page.getByRole("heading", { name: text(locale, "questionnaire.crossCheck.title") })).toBeFocused();
      await expect(form(page)).toHaveAttribute("data-step", "repayment");
      await axe(page);
      // "Change" goes back to the answer; fixing it lets the person on without a question.
      await page.getByRole("button", { name: text(locale, "questionnaire.crossCheck.overdueCleanRecord.change") }).click();
      await expect(page.getByTestId("repayment.currentlyOverdue-yes")).toBeFocused();
      await expect(check).toHaveCount(0);
      await answerStep(page, { "repayment.onTimeMonths": "0", "repayment.latePayments12m": "1" });
      await next(page, "borrowing");

      await answerStep(page, { "borrowing.largestDraw6m": "30000" });
      await next(page, "finances");
      // Repayments far above income, and a draw above the line's limit: both asked, with the figures.
      await answerStep(page, {
        "finances.monthlyIncome": "7000",
        "finances.monthlyDebtPayments": "8003000",
        "finances.currentLimit": "20000",
        "finances.usedLimit": "5000",
      });
      await form(page).getByTestId("next").click();
      await expect(check).toHaveAttribute("data-checks", "repaymentsOverIncome drawOverLimit");
      await expect(page.getByTestId("cross-check-repaymentsOverIncome")).toContainText(
        text(locale, "questionnaire.crossCheck.repaymentsOverIncome.question", { repayments: "¥8,003,000", income: "¥7,000" }),
      );
      await expect(page.getByTestId("cross-check-drawOverLimit")).toContainText(
        text(locale, "questionnaire.crossCheck.drawOverLimit.question", { draw: "¥30,000", limit: "¥20,000" }),
      );
      await axe(page);
      // "Yes, that's right": the answers stand and the person goes on.
      await page.getByTestId("cross-check-confirm").click();
      await expect(form(page)).toHaveAttribute("data-step", "assets");
      // Confirmed answers are not asked about again.
      await form(page).getByTestId("back").click();
      await expect(form(page)).toHaveAttribute("data-step", "finances");
      await next(page, "assets");
    });

    test("reviews every answer; just showing the result stores nothing, saving is a separate choice", async ({ browser }) => {
      const page = await phone(browser, locale);
      const savings = String(123_457 + i); // a figure only this test's plans hold
      const fragment = `"liquidSavings":${savings}`;
      const planCalls: string[] = [];
      page.on("request", (request) => {
        if (request.url().includes("/api/plans")) planCalls.push(`${request.method()} ${request.url()}`);
      });
      await open(page, locale);
      await page.getByTestId("purpose-business").check();
      await next(page, "repayment");
      await answerAll(page, { "assets.liquidSavings": savings, "business.registered": true });

      // The review: every step and answer, a way back to each, and two separate choices.
      await expect(form(page)).toHaveAttribute("data-step", "review");
      await expect(page.getByRole("heading", { name: text(locale, "questionnaire.review.title") })).toBeFocused();
      await expect(page.getByTestId("review-assets.liquidSavings")).toHaveText(`¥${Number(savings).toLocaleString("en")}`);
      await expect(page.getByTestId("review-business.registered")).toHaveText(text(locale, "questionnaire.yes"));
      await expect(page.getByTestId("review-finances.monthlyIncome")).toBeVisible();
      await expect(page.getByText(text(locale, "fields.finances.monthlyIncome.labelBusiness"))).toBeVisible();
      await expect(page.getByTestId("save-plan")).toHaveText(text(locale, "questionnaire.review.save"));
      await expect(page.getByTestId("show-result")).toHaveText(text(locale, "questionnaire.review.showResult"));
      await axe(page);
      expect(await countPlansWith(fragment)).toBe(0);

      // "Change" leads back to the step, and forward again to the review.
      await page.getByTestId("review-change-assets").click();
      await expect(form(page)).toHaveAttribute("data-step", "assets");
      await answerAll(page);
      await expect(form(page)).toHaveAttribute("data-step", "review");

      // Just the result: scored, shown whole (the plan page's own parts), and nothing stored anywhere.
      await page.getByTestId("show-result").click();
      const result = page.getByTestId("result-preview");
      await expect(result).toBeVisible();
      await expect(page.getByTestId("preview-not-saved")).toHaveText(text(locale, "questionnaire.preview.notSaved"));
      await expect(result.getByTestId("plan-band")).toHaveAttribute("data-band", /^B[0-5]$/);
      await expect(result.getByTestId("plan-score")).toContainText(/\d+/);
      // What holds the band, with this sole trader's revenue (the person's own figures, in their own browser).
      await expect(result.getByTestId("limit-summary")).toBeVisible();
      await expect(result.getByTestId("limit-cap")).toBeVisible();
      await expect(result.getByTestId("limit-business-revenue")).toContainText("30,000");
      // The ranked steps with the next one marked, the same one the summary above them names, each with
      // its personal reasons; nothing to tick, since there is no plan yet.
      const marker = result.getByTestId("next-step");
      await expect(marker).toHaveCount(1);
      const nextId = await marker.getAttribute("data-step");
      await expect(result.getByTestId("checklist-summary").locator(`a[href="#rec-${nextId}-title"]`)).toBeVisible();
      // With the answers at hand, a step says how, as the owner's own plan does (a shared link says only why).
      const howLabel = text(locale, "plan.recommendations.how").match(/<label>(.*)<\/label>/)![1]!;
      await expect(result.getByTestId(`rec-${nextId}`)).toContainText(howLabel);
      await expect(result.locator('[data-testid^="rec-"][data-testid$="-done"]')).toHaveCount(0);
      await expect(result.getByTestId("warning-business-use")).toBeVisible();
      // The year ahead, the area scores and the don'ts, folded as on the plan page.
      for (const [fold, inside] of [["path", "path-section"], ["dimensions", "dimension-finances"], ["donts", "plan-donts"]] as const) {
        await expect(result.getByTestId(inside)).toBeHidden();
        await result.getByTestId(`fold-${fold}`).locator(":scope > summary").click();
        await expect(result.getByTestId(inside)).toBeVisible();
      }
      await expect(result.getByTestId("path-row").first()).toBeVisible();
      await expect(result.getByTestId("preview-save")).toBeVisible();
      await axe(page);
      expect(await countPlansWith(fragment)).toBe(0);
      expect(planCalls).toEqual([]);
      expect(await page.evaluate(() => Object.keys(window.localStorage).filter((k) => k.startsWith("liftplan:owner:")))).toEqual([]);
      await expect(page).toHaveURL(new RegExp(`/${locale}/questionnaire$`));

      // Saving is its own choice, offered again at the end of the result: then exactly one plan holds these
      // answers, and it names the same next step.
      await expect(page.getByTestId("save-plan-result")).toHaveText(text(locale, "questionnaire.review.save"));
      await page.getByTestId("save-plan-result").click();
      await expect(page).toHaveURL(new RegExp(`/${locale}/p/[A-Za-z0-9_-]{20,}$`));
      expect(await countPlansWith(fragment)).toBe(1);
      await expect(page.getByTestId("next-step")).toHaveAttribute("data-step", nextId!);
    });

    test("the sticky step bar never covers the focused field", async ({ browser }) => {
      const page = await phone(browser, locale);
      await open(page, locale);
      await next(page, "repayment");
      await answerStep(page);
      await next(page, "borrowing");
      await answerStep(page);
      await next(page, "finances");
      await answerStep(page);
      await next(page, "assets");
      await answerStep(page);
      await next(page, "ecosystem");
      const bar = form(page).locator("div.sticky");
      // Each box of the long step, focused from the top of the page as a keyboard would reach it.
      for (const name of ["ecosystem.monthlyTransactions", "ecosystem.cardsLinked", "ecosystem.zhimaScore"]) {
        await page.evaluate(() => window.scrollTo(0, 0));
        const box = page.getByTestId(name);
        await box.focus();
        await expect(async () => {
          const [field, barBox] = [await box.boundingBox(), await bar.boundingBox()];
          expect(field && barBox && field.y + field.height <= barBox.y).toBe(true);
          expect(field && field.y >= 0).toBe(true);
        }).toPass({ timeout: 2000 });
      }
    });
  });
}
