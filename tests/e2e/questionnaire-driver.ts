// Drives the questionnaire the way a person does: every box starts empty, so each step's amounts and
// counts are typed in (a typical answer unless the test gives its own), "I don't know" is ticked where
// the test says so, yes/no questions are answered where the test says so, then "Next".
import { expect, type Page } from "@playwright/test";

/** A box's answer (typed text, or "unknown" to tick "I don't know"), a yes/no, or a choice's key. */
export type Answer = string | boolean;
export type Answers = Record<string, Answer>;

/** What a typical salaried borrower answers; tests override what they are about. */
export const TYPICAL_ANSWERS: Answers = {
  "repayment.onTimeMonths": "12",
  "repayment.latePayments12m": "0",
  "borrowing.draws6m": "2",
  "borrowing.largestDraw6m": "unknown",
  "borrowing.applications3m": "0",
  "borrowing.activeLenders": "1",
  "finances.monthlyIncome": "8000",
  "finances.monthlyDebtPayments": "1000",
  "finances.currentLimit": "unknown",
  "finances.usedLimit": "unknown",
  "assets.liquidSavings": "10000",
  "assets.investments": "0",
  "ecosystem.accountYears": "3",
  "ecosystem.monthlyTransactions": "30",
  "ecosystem.cardsLinked": "1",
  "ecosystem.zhimaScore": "unknown",
  "spending.monthlySpending": "3000",
  "spending.categories": "5",
  "spending.largePurchases3m": "0",
  "business.monthlyRevenue": "30000",
  "business.paymentsReceived": "unknown",
  "business.monthlyPurchases": "unknown",
};

export const form = (page: Page) => page.locator('form[data-testid="questionnaire"]');
export const currentStep = (page: Page) => form(page).getAttribute("data-step");

/**
 * Answers the questions of the step on screen. Boxes already holding an answer (a plan being edited)
 * keep it unless `answers` names them; `fillEmpty: false` leaves empty boxes empty.
 */
export async function answerStep(page: Page, answers: Answers = {}, { fillEmpty = true } = {}): Promise<void> {
  const fields = await form(page).locator("[data-field]").evaluateAll((nodes) => nodes.map((n) => n.getAttribute("data-field")!));
  for (const name of fields) {
    const given = answers[name];
    if (typeof given === "boolean") {
      await page.getByTestId(`${name}-${given ? "yes" : "no"}`).check();
      continue;
    }
    const box = page.locator(`input[type="text"][data-testid="${name}"]`);
    if ((await box.count()) === 0) {
      if (typeof given === "string") await page.getByTestId(`${name}-${given}`).check();
      continue;
    }
    const unknown = page.getByTestId(`${name}-unknown`);
    const isUnknown = (await unknown.count()) > 0 && (await unknown.isChecked());
    const empty = !isUnknown && (await box.inputValue()) === "";
    const answer = given ?? (empty && fillEmpty ? TYPICAL_ANSWERS[name] : undefined);
    if (typeof answer !== "string") continue;
    if (answer === "unknown") {
      if (!isUnknown) await unknown.check();
      continue;
    }
    if (isUnknown) await unknown.uncheck();
    await box.fill(answer);
  }
}

/**
 * Answers every step from the one on screen up to the review screen (or, in collect mode, up to the
 * last step, left unsent). Cross-checks are confirmed when `confirmChecks` is set, else they fail the test.
 */
export async function answerAll(
  page: Page,
  answers: Answers = {},
  { confirmChecks = false, fillEmpty = true }: { confirmChecks?: boolean; fillEmpty?: boolean } = {},
): Promise<void> {
  for (let guard = 0; guard < 12; guard += 1) {
    const step = await currentStep(page);
    if (step === "review") return;
    await answerStep(page, answers, { fillEmpty });
    if ((await form(page).locator('[data-testid="submit"]').count()) > 0) return; // collect mode: last step
    const before = step;
    await form(page).locator('[data-testid="next"], [data-testid="review"]').click();
    const check = page.getByTestId("cross-check");
    await expect(async () => {
      const moved = (await currentStep(page)) !== before;
      expect(moved || (await check.isVisible())).toBe(true);
    }).toPass();
    if ((await currentStep(page)) === before) {
      expect(confirmChecks, `unexpected cross-check on ${before}: ${await check.getAttribute("data-checks")}`).toBe(true);
      await page.getByTestId("cross-check-confirm").click();
      await expect(form(page)).not.toHaveAttribute("data-step", before!);
    }
  }
  throw new Error("The questionnaire never reached the review screen");
}
