// On a phone, in both languages: triage for someone overdue with five lenders and repayments at 75% of
// income; "continue my plan" on the home page for a browser that owns a plan, and not before; the same
// next step on the plan page, in the what-if and on the print sheet, before and after a tick; the home and
// privacy pages say how long a plan is kept, and axe finds nothing on them.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import type { Profile } from "@/lib/profile/schema";
import { evaluate, nextStepOf, triageFor } from "@/lib/scoring";
import { DEFAULT_RETENTION_DAYS } from "@/lib/plans/retention";
import { multiLender, typical } from "@/tests/fixtures/profiles";
import { text } from "./catalogue";
import { createPlanViaApi, LOCALES, newOwner, newVisitor, planPath, waitForRole } from "./fixtures";

const PHONE = { width: 390, height: 844 };

/** Overdue now, five lenders, repaying ¥6,000 of ¥8,000 a month (75%). */
const drowning: Profile = {
  ...multiLender,
  repayment: { ...multiLender.repayment, currentlyOverdue: true, latePayments12m: 3 },
  borrowing: { ...multiLender.borrowing, activeLenders: 5, applications3m: 4 },
  finances: { ...multiLender.finances, monthlyIncome: 8000, monthlyDebtPayments: 6000 },
};

async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

for (const locale of LOCALES) {
  test(`triage leads for someone overdue on five lenders at 75% of income (${locale})`, async ({ browser, request }) => {
    const plan = await createPlanViaApi(request, drowning);
    const triage = triageFor(drowning, evaluate(drowning).recommendations)!;
    const page = await (await newVisitor(browser, locale)).newPage();
    await page.setViewportSize(PHONE);
    await page.goto(planPath(locale, plan.id));

    const section = page.getByTestId("triage");
    await expect(section).toBeVisible();
    await expect(section).toHaveAttribute("data-reasons", "overdue debt-burden");
    // It comes first, above the band.
    const triageTop = (await section.boundingBox())!.y;
    expect(triageTop).toBeLessThan((await page.getByTestId("plan-band").boundingBox())!.y);
    await expect(section.getByRole("heading", { level: 2 })).toHaveText(text(locale, "triage.heading"));
    // A stranger reads the reason in general words: no share of income on a shared link (issue 12).
    await expect(section).toContainText(text(locale, "triage.reasons.debtBurdenGeneral"));
    await expect(section).not.toContainText("75");
    await expect(section).toContainText(text(locale, "triage.reasons.overdue"));

    // The few steps that matter, settling first; the two pieces of advice; the cited free channels.
    const lead = section.getByTestId("triage-lead").locator("> li");
    await expect(lead).toHaveCount(triage.lead.length + 2);
    await expect(lead.first()).toHaveAttribute("data-testid", "triage-step-settle-overdue");
    await expect(section.getByTestId("triage-step-pause-applications")).toBeVisible();
    await expect(section.getByTestId("triage-advice-talk-to-lenders")).toContainText(text(locale, "triage.advice.talk-to-lenders.title"));
    await expect(section.getByTestId("triage-advice-no-new-loans")).toContainText(text(locale, "triage.advice.no-new-loans.title"));
    await expect(section.getByTestId("triage-channel-regulator-complaints")).toContainText("12378");
    await expect(section.getByTestId("triage-channel-credit-report")).toContainText("400-810-8866");
    // App chores are held back under "later", with the reason.
    const later = section.getByTestId("triage-later");
    await expect(later.locator("summary")).toContainText(locale === "en" ? `${triage.later.length} more steps` : `${triage.later.length} 步`);
    await later.locator("summary").click();
    await expect(later).toContainText(text(locale, "triage.later.why"));
    for (const chore of ["link-bills", "complete-profile", "link-cards"]) expect(triage.lead).not.toContain(chore);
    // The checklist's next step is the first leading step.
    await expect(page.getByTestId("next-step")).toHaveAttribute("data-step", "settle-overdue");
    await expectNoViolations(page);
  });

  test(`no triage for someone on track; the what-if says when its next step is not in the plan (${locale})`, async ({ browser, request }) => {
    expect(typical.repayment.currentlyOverdue).toBe(false);
    expect(evaluate(typical).recommendations.map((r) => r.id)).not.toContain("settle-overdue");
    const plan = await createPlanViaApi(request, typical);
    // The what-if runs on the answers: the owner's browser has them.
    const page = await (await newOwner(browser, locale, plan)).newPage();
    await page.setViewportSize(PHONE);
    await page.goto(planPath(locale, plan.id));
    await waitForRole(page, "owner");
    await expect(page.getByTestId("next-step")).toHaveCount(1);
    await expect(page.getByTestId("triage")).toHaveCount(0);
    const planNext = await page.getByTestId("next-step").getAttribute("data-step");
    await page.getByTestId("whatif-toggle").click();
    await expect(page.getByTestId("whatif-next")).toHaveAttribute("data-step", planNext!);
    await expect(page.getByTestId("whatif-next-new")).toHaveCount(0);
    // "What if something were overdue now?": settling it comes first, and the saved plan has no such step.
    await page.getByTestId("whatif-currentlyOverdue").check();
    await expect(page.getByTestId("whatif-next")).toHaveAttribute("data-step", "settle-overdue");
    await expect(page.getByTestId("whatif-next-new")).toHaveText(text(locale, "whatif.result.nextNotInPlan"));
  });

  test(`continue my plan: nothing before a plan is saved, a link to it after (${locale})`, async ({ browser }) => {
    const context = await newVisitor(browser, locale);
    const page = await context.newPage();
    await page.setViewportSize(PHONE);
    await page.goto(`/${locale}`);
    await expect(page.getByTestId("start-questionnaire")).toBeVisible();
    await expect(page.getByTestId("continue-plan")).toBeHidden();
    await expect(page.getByTestId("continue-plan-link")).toHaveCount(0);
    // Named as people search for it, and honest about what it is.
    await expect(page).toHaveTitle(text(locale, "home.metaTitle"));
    await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", text(locale, "home.metaDescription"));
    await expectNoViolations(page);

    // Save a plan from this browser, as the questionnaire does: POST, then keep the edit key here.
    const plan = await page.evaluate(async (profile) => {
      const response = await fetch("/api/plans", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(profile) });
      const body = (await response.json()) as { id: string; editToken: string };
      window.localStorage.setItem(`liftplan:owner:${body.id}`, body.editToken);
      return body;
    }, typical);

    await page.reload();
    const box = page.getByTestId("continue-plan");
    await expect(box).toBeVisible();
    const titleTop = (await page.locator("#home-title").boundingBox())!.y;
    const link = page.getByTestId("continue-plan-link");
    await expect(link).toHaveText(new RegExp(text(locale, "home.continue.one")));
    // Filling in the link after hydration moves nothing.
    expect((await page.locator("#home-title").boundingBox())!.y).toBe(titleTop);
    await expectNoViolations(page);
    await link.click();
    await expect(page).toHaveURL(new RegExp(`${planPath(locale, plan.id)}$`));
    await waitForRole(page, "owner");
  });

  test(`the same next step on the plan page, in the what-if and on the print sheet (${locale})`, async ({ browser, request }) => {
    const plan = await createPlanViaApi(request, drowning);
    const recs = evaluate(drowning).recommendations;
    const first = nextStepOf(recs, drowning)!;
    const page = await (await newOwner(browser, locale, plan)).newPage();
    await page.setViewportSize(PHONE);

    const check = async (expected: string) => {
      await page.goto(planPath(locale, plan.id));
      await waitForRole(page, "owner");
      await expect(page.getByTestId("next-step")).toHaveAttribute("data-step", expected);
      await page.getByTestId("whatif-toggle").click();
      await expect(page.getByTestId("whatif-next")).toHaveAttribute("data-step", expected);
      await expect(page.getByTestId("whatif-next-new")).toHaveCount(0);
      await page.goto(`${planPath(locale, plan.id)}/print`);
      await expect(page.getByTestId("print-next-step")).toHaveAttribute("data-step", expected);
    };
    await check(first);

    // Tick it: all three move on to the same next one.
    await page.goto(planPath(locale, plan.id));
    await waitForRole(page, "owner");
    await page.getByTestId(`rec-${first}-done`).check();
    await expect(page.getByTestId(`rec-${first}-status`)).toHaveAttribute("data-status", "saved");
    await check(nextStepOf(recs, drowning, { [first]: true })!);
  });

  test(`home and privacy say when answers are stored and how long a plan is kept; axe clean (${locale})`, async ({ browser }) => {
    const page = await (await newVisitor(browser, locale)).newPage();
    await page.setViewportSize(PHONE);
    await page.goto(`/${locale}/privacy`);
    const kept = page.getByTestId("privacy-retention");
    await expect(kept).toContainText(String(DEFAULT_RETENTION_DAYS));
    await expect(page.getByText(text(locale, "privacy.kept.draft"))).toBeVisible();
    await expectNoViolations(page);
    await page.goto(`/${locale}`);
    await expect(page.getByText(text(locale, "home.privacy"))).toBeVisible();
    await expect(page.getByTestId("home-retention")).toContainText(String(DEFAULT_RETENTION_DAYS));
    await expectNoViolations(page);
  });
}
