// Model v2 on a phone, in both languages: the questionnaire's new questions (the business ones too) reach
// the saved plan; the plan says what holds the band, the outlook, the confidence and each step's gain in
// words (no bare "+1"), with the amount that lifts a cap for the owner only; a plan stored under v1 still
// renders as stored and its owner sees the current model beside it. axe finds nothing on these pages.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { BAND_IDS, BANDS, evaluate, MODEL_VERSION, type Result, type ResultV1 } from "@/lib/scoring";
import { upgradeProfile } from "@/lib/profile/upgrade";
import { PERSONAS_V1, typical } from "@/tests/fixtures/profiles";
import { text } from "./catalogue";
import { createPlanViaApi, LOCALES, planPath, waitForRole, type CreatedPlan, type TestLocale } from "./fixtures";
import { setStoredPlan, setStoredResult } from "./database";
import { answerStep } from "./questionnaire-driver";

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };
const exact = { exact: true } as const;
const NO_POINTS = /\+\s*\d/;

async function phone(browser: Browser, locale: TestLocale, owns?: CreatedPlan): Promise<Page> {
  const context = await browser.newContext({ ...PHONE, locale, extraHTTPHeaders: { "Accept-Language": locale } });
  if (owns) {
    await context.addInitScript(([id, token]) => window.localStorage.setItem(`liftplan:owner:${id}`, token), [owns.id, owns.editToken] as const);
  }
  return context.newPage();
}

async function axe(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

const step = (page: Page) => page.locator("form[data-step]");
/** "Next", then wait for the step it leads to (a second click before that would be lost). */
async function next(page: Page, locale: TestLocale, to: string) {
  await page.getByRole("button", { name: text(locale, "questionnaire.next"), exact: true }).click();
  await expect(step(page)).toHaveAttribute("data-step", to);
}
const group = (page: Page, locale: TestLocale, key: string) => page.getByRole("group", { name: text(locale, key), exact: true });
async function yes(page: Page, locale: TestLocale, legendKey: string) {
  await group(page, locale, legendKey).getByRole("radio", { name: text(locale, "questionnaire.yes"), exact: true }).check();
}

/** The money format of the plan page (¥ with grouping, no decimals) in each language. */
const yuan = (locale: TestLocale, n: number) =>
  new Intl.NumberFormat(locale, { style: "currency", currency: "CNY", currencyDisplay: "narrowSymbol", maximumFractionDigits: 0 }).format(n);

for (const locale of LOCALES) {
  test.describe(`model v2 (${locale})`, () => {
    test("the questionnaire asks the new questions, worded for the answers before them", async ({ browser, request }) => {
      const page = await phone(browser, locale);
      await page.goto(`/${locale}/questionnaire`);
      await expect(page.locator('form[data-testid="questionnaire"][data-ready="true"]')).toBeVisible();
      await page.getByTestId("purpose-business").check();
      await next(page, locale, "repayment");
      await answerStep(page); // repayment: a typical record
      await next(page, locale, "borrowing");

      // Borrowing: the largest single draw, unanswered to start with; "I don't know" is a choice, not ticked.
      const draw = page.getByLabel(text(locale, "fields.borrowing.largestDraw6m.label"), exact);
      await expect(page.getByTestId("borrowing.largestDraw6m-unknown")).not.toBeChecked();
      await expect(draw).toBeEnabled();
      await expect(draw).toHaveValue("");
      await draw.fill("3000");
      await answerStep(page);
      await next(page, locale, "finances");

      // Finances: the source first (a business, since the line funds one), the income as the owner's own,
      // and the proof worded for the source.
      await expect(page.getByTestId("finances.incomeSource-business")).toBeChecked();
      await expect(page.getByText(text(locale, "fields.finances.monthlyIncome.hintBusiness"))).toBeVisible();
      await expect(page.getByLabel(text(locale, "fields.finances.monthlyIncome.labelBusiness"), exact)).toBeVisible();
      await expect(group(page, locale, "fields.finances.incomeProof.bySource.business.label")).toContainText(
        text(locale, "fields.finances.incomeProof.bySource.business.hint"),
      );
      await page.getByTestId("finances.incomeSource-pension").check();
      await expect(group(page, locale, "fields.finances.incomeProof.bySource.pension.label")).toBeVisible();
      await axe(page);
      await page.getByTestId("finances.incomeSource-business").check();
      await yes(page, locale, "fields.finances.incomeProof.bySource.business.label");
      await page.getByLabel(text(locale, "fields.finances.monthlyIncome.labelBusiness"), exact).fill("9000");
      await answerStep(page);
      await next(page, locale, "assets");

      // Assets: declared to the platform.
      await yes(page, locale, "fields.assets.declared.label");
      await answerStep(page);
      await next(page, locale, "ecosystem");
      await answerStep(page);
      await next(page, locale, "spending");
      // A sole trader's large purchases are personal ones: stock for the shop is said not to count.
      await expect(page.getByText(text(locale, "fields.spending.largePurchases3m.hintBusiness"))).toBeVisible();
      await answerStep(page);
      await next(page, locale, "business");

      // Business: payments through the merchant code and purchases, each may be unknown (a choice, not ticked).
      for (const name of ["business.paymentsReceived", "business.monthlyPurchases"]) {
        await expect(page.getByTestId(`${name}-unknown`)).not.toBeChecked();
      }
      await page.getByLabel(text(locale, "fields.business.paymentsReceived.label"), exact).fill("120");
      await page.getByLabel(text(locale, "fields.business.monthlyPurchases.label"), exact).fill("8000");
      await page.getByLabel(text(locale, "fields.business.monthlyRevenue.label"), exact).fill("30000");
      await axe(page);
      await page.getByTestId("review").click();
      await expect(page.getByTestId("review-answers")).toBeVisible();
      await page.getByTestId("save-plan").click();

      await expect(page).toHaveURL(new RegExp(`/${locale}/p/[A-Za-z0-9_-]{20,}$`));
      await waitForRole(page, "owner");
      const id = page.url().split("/").at(-1)!;
      const token = await page.evaluate((planId) => window.localStorage.getItem(`liftplan:owner:${planId}`), id);
      const saved = await (await request.get(`/api/plans/${id}`, { headers: { Authorization: `Bearer ${token}` } })).json();
      expect(saved.profile).toMatchObject({
        version: 2,
        purpose: "business",
        borrowing: { largestDraw6m: 3000 },
        finances: { incomeSource: "business", incomeProof: true, monthlyIncome: 9000 },
        assets: { declared: true },
        business: { paymentsReceived: 120, monthlyPurchases: 8000, monthlyRevenue: 30000 },
      });
    });

    test("the plan says what holds the band, the outlook, the confidence and each step's gain", async ({ browser, request }) => {
      const plan = await createPlanViaApi(request, typical);
      // A result with every v2 sentence in play, stored under today's model (the real numbers are the model's tests).
      const real = evaluate(typical);
      expect(real.recommendations.length).toBeGreaterThan(0);
      const [first, ...rest] = real.recommendations;
      const result: Result = {
        ...real,
        band: { id: "B3", min: 20_000, max: 50_000 },
        ladderBand: "B5",
        cap: { reason: "income", liftedBy: null, lift: { path: ["finances", "monthlyIncome"], value: 12_500 } },
        outlook: "at-risk",
        confidence: "low",
        warnings: [{ id: "multi-lending" }],
        recommendations: [{ ...first!, impact: 1, gain: "large", bandAfter: "B4" }, ...rest.map((r) => ({ ...r, impact: 1, gain: "small" as const, bandAfter: "B3" as const }))],
      };
      await setStoredResult(plan.id, result, MODEL_VERSION);
      const b3 = text(locale, "limit.band", { id: "B3", range: text(locale, "plan.band.range", { min: yuan(locale, 20_000), max: yuan(locale, 50_000) }) });
      const b4 = text(locale, "limit.band", { id: "B4", range: text(locale, "plan.band.range", { min: yuan(locale, 50_000), max: yuan(locale, 100_000) }) });
      const b5 = text(locale, "limit.band", { id: "B5", range: text(locale, "plan.band.range", { min: yuan(locale, 100_000), max: yuan(locale, 200_000) }) });

      // A stranger: the cap and what lifts it in general words, no amount.
      const viewer = await phone(browser, locale);
      await viewer.goto(planPath(locale, plan.id));
      await waitForRole(viewer, "viewer");
      const summary = viewer.getByTestId("limit-summary");
      await expect(summary).toBeVisible();
      await expect(viewer.getByTestId("limit-cap")).toHaveAttribute("data-cap", "income");
      await expect(viewer.getByTestId("limit-cap")).toContainText(text(locale, "limit.cap.income", { band: b3 }));
      await expect(viewer.getByTestId("limit-ladder")).toHaveText(text(locale, "limit.ladder", { band: b5 }));
      await expect(viewer.getByTestId("limit-lift-amount")).toHaveAttribute("data-shows", "general");
      await expect(viewer.getByTestId("limit-lift-amount")).toHaveText(text(locale, "limit.lift.incomePublic", { to: b4 }));
      await expect(summary).not.toContainText(yuan(locale, 12_500));
      const outlook = viewer.getByTestId("limit-outlook");
      await expect(outlook).toHaveAttribute("data-outlook", "at-risk");
      await expect(outlook).toContainText(text(locale, "limit.outlook.at-risk"));
      await expect(outlook).toContainText(text(locale, "limit.outlook.why.income"));
      await expect(outlook).toContainText(text(locale, "scoring.warnings.multi-lending.title"));
      const confidence = viewer.getByTestId("limit-confidence");
      await expect(confidence).toHaveAttribute("data-confidence", "low");
      await expect(confidence).toContainText(text(locale, "limit.confidence.low"));
      await expect(confidence.locator("[data-reason]")).toHaveCount(1); // typical: only the largest draw is unknown
      await expect(confidence).toContainText(text(locale, "limit.confidence.reasons.largestDrawUnknown"));

      // Gains in words; the step that moves the band says where to; no "+1" anywhere in the plan.
      const firstGain = viewer.getByTestId(`rec-${first!.id}`).getByTestId("rec-gain");
      await expect(firstGain).toHaveAttribute("data-gain", "large");
      await expect(firstGain).toHaveText(`${text(locale, "limit.gain.large")} · ${text(locale, "limit.gain.movesTo", { band: b4 })}`);
      const gains = viewer.getByTestId("rec-gain");
      await expect(gains).toHaveCount(real.recommendations.length);
      for (const gain of await gains.allTextContents()) expect(gain).not.toMatch(NO_POINTS);
      // (The year-ahead chart counts steps done by each month, "+1 step" / "+1 步": a count, not a gain.)
      expect(await viewer.getByTestId("plan-page").innerText()).not.toMatch(/\+\s*1\b(?!\s*(?:step|步))/);
      await axe(viewer);

      // The owner reads the amount that lifts the cap, and the what-if's steps in words too.
      const owner = await phone(browser, locale, plan);
      await owner.goto(planPath(locale, plan.id));
      await waitForRole(owner, "owner");
      await expect(owner.getByTestId("limit-lift-amount")).toHaveAttribute("data-shows", "amount");
      await expect(owner.getByTestId("limit-lift-amount")).toHaveText(
        text(locale, "limit.lift.income", { amount: yuan(locale, 12_500), to: b4 }),
      );
      await owner.getByTestId("whatif-toggle").click();
      await expect(owner.getByTestId("whatif-panel")).toBeVisible();
      const stepGains = owner.locator('[data-testid^="whatif-step-"][data-gain]');
      await expect(stepGains.first()).toBeVisible();
      for (const gain of await stepGains.allTextContents()) {
        expect(gain).toMatch(new RegExp(["small", "medium", "large"].map((g) => text(locale, `limit.gain.${g}`)).join("|")));
        expect(gain).not.toMatch(NO_POINTS);
      }
      await axe(owner);
    });

    test("with the model's own numbers, an income cap names the income that lifts it, for the owner only", async ({ browser, request }) => {
      const low = { ...typical, finances: { ...typical.finances, monthlyIncome: 4000, monthlyDebtPayments: 500 } };
      const result = evaluate(low);
      expect(result.cap?.reason).toBe("income");
      const lift = result.cap!.lift!;
      const plan = await createPlanViaApi(request, low);

      const owner = await phone(browser, locale, plan);
      await owner.goto(planPath(locale, plan.id));
      await waitForRole(owner, "owner");
      await expect(owner.getByTestId("plan-band")).toHaveAttribute("data-band", result.band.id);
      await expect(owner.getByTestId("limit-cap")).toHaveAttribute("data-cap", "income");
      await expect(owner.getByTestId("limit-ladder")).toHaveAttribute("data-band", result.ladderBand);
      await expect(owner.getByTestId("limit-lift-amount")).toContainText(yuan(locale, lift.value));
      await expect(owner.getByTestId("limit-outlook")).toHaveAttribute("data-outlook", result.outlook ?? "unknown");
      await expect(owner.getByTestId("limit-confidence")).toHaveAttribute("data-confidence", result.confidence);

      const viewer = await phone(browser, locale);
      await viewer.goto(planPath(locale, plan.id));
      await waitForRole(viewer, "viewer");
      await expect(viewer.getByTestId("limit-lift-amount")).toHaveAttribute("data-shows", "general");
      // (The amount may equal a band's edge, which anyone may read: look at the lift sentence itself.)
      await expect(viewer.getByTestId("limit-lift-amount")).not.toContainText(yuan(locale, lift.value));
      const to = BAND_IDS[BAND_IDS.indexOf(result.band.id) + 1]!;
      const toLabel = text(locale, "limit.band", {
        id: to,
        range: text(locale, "plan.band.range", { min: yuan(locale, BANDS[to].min), max: yuan(locale, BANDS[to].max) }),
      });
      await expect(viewer.getByTestId("limit-lift-amount")).toHaveText(text(locale, "limit.lift.incomePublic", { to: toLabel }));
      await expect(owner.getByTestId("limit-lift-amount")).toHaveText(
        text(locale, "limit.lift.income", { amount: yuan(locale, lift.value), to: toLabel }),
      );
    });

    test("a plan stored under v1 renders as stored; its owner sees the current model beside it", async ({ browser, request }) => {
      const v1 = PERSONAS_V1.typical;
      const plan = await createPlanViaApi(request, upgradeProfile(v1));
      const now = evaluate(upgradeProfile(v1));
      // The result as model v1 stored it: none of the v2 fields, under v1's version number.
      const stored: ResultV1 = {
        modelVersion: "2026.1",
        score: now.score - 10,
        band: { id: "B1", min: 1_000, max: 5_000 },
        dimensions: now.dimensions,
        recommendations: now.recommendations.map(({ id, horizon, effort, impact }) => ({ id, horizon, effort, impact })),
        warnings: now.warnings,
      };
      await setStoredPlan(plan.id, v1, stored, stored.modelVersion);

      const viewer = await phone(browser, locale);
      await viewer.goto(planPath(locale, plan.id));
      await waitForRole(viewer, "viewer");
      await expect(viewer.getByTestId("plan-band")).toHaveAttribute("data-band", "B1");
      await expect(viewer.getByTestId("plan-score")).toContainText(String(stored.score));
      await expect(viewer.getByTestId("limit-summary")).toHaveCount(0); // v1 has no cap or outlook to show
      await expect(viewer.getByTestId("model-comparison")).toHaveCount(0);
      for (const gain of await viewer.getByTestId("rec-gain").allTextContents()) expect(gain).not.toMatch(NO_POINTS);

      const owner = await phone(browser, locale, plan);
      await owner.goto(planPath(locale, plan.id));
      await waitForRole(owner, "owner");
      await expect(owner.getByTestId("plan-band")).toHaveAttribute("data-band", "B1"); // still as stored
      await expect(owner.getByTestId("model-comparison")).toBeVisible();
      await expect(owner.getByTestId("model-comparison-saved").locator("[data-band]")).toHaveAttribute("data-band", "B1");
      const current = owner.getByTestId("model-comparison-current");
      await expect(current.locator("[data-band]")).toHaveAttribute("data-band", now.band.id);
      await expect(current).toContainText(String(now.score));
      await expect(current).toContainText(now.modelVersion);
      if (now.cap) await expect(current.getByTestId("cap-note")).toHaveAttribute("data-cap", now.cap.reason);
      else await expect(current.getByTestId("cap-note")).toHaveCount(0);
      await axe(owner);
    });
  });
}
