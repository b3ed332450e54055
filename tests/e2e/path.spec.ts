// The year ahead on a plan: the chart and its table, the target picker, the what-if recomputing path
// and routes in the browser with no request, the print sheet carrying the path and the due months, a
// plan scored by model v1 (no path: only its owner hears that scoring again gives one), axe clean, and
// a phone's width. The page tests store a hand-made result so they do not depend on the model's numbers.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { CATALOGUE, evaluate, type RecommendationId, type Result } from "@/lib/scoring";
import { standingOf } from "@/lib/plan-path/standing";
import { highDebt, typical } from "@/tests/fixtures/profiles";
import { text } from "./catalogue";
import { setStoredResult } from "./database";
import { createPlanViaApi, LOCALES, newOwner, newVisitor, planPath, waitForRole, openFolds } from "./fixtures";

const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"];
const base = evaluate(typical);
// Typical's plan sits in B3: the year ahead reaches B4 by month 3; B5 is out of reach, held by income.
const MONTH1 = ["enable-autopay", "complete-profile", "link-bills", "link-cards"];
const MONTH3 = [...MONTH1, "pause-applications", "diversify-spending", "repay-line-balance"];
const YEAR = [...MONTH3, "grow-savings"];
const INCOME_LIFT = 31234; // an amount from the answers: never on the page
const stored: Result = {
  ...base,
  band: { id: "B3", min: 20000, max: 50000 },
  score: 75,
  confidence: "low",
  cap: { reason: "income", liftedBy: null, lift: { path: ["finances", "monthlyIncome"], value: INCOME_LIFT } },
  path: [
    { month: 0, score: 75, band: "B3", done: [] },
    { month: 1, score: 79, band: "B3", done: MONTH1 },
    { month: 3, score: 83, band: "B4", done: MONTH3 },
    { month: 6, score: 84, band: "B4", done: YEAR },
    { month: 12, score: 86, band: "B4", done: YEAR },
  ],
  routes: [{ band: "B4", month: 3, steps: ["enable-autopay", "pause-applications"] }],
};

async function planWithPath(request: Parameters<typeof createPlanViaApi>[0]) {
  const plan = await createPlanViaApi(request, typical);
  await setStoredResult(plan.id, stored, stored.modelVersion);
  return plan;
}

const apiCalls = (urls: string[]) => urls.filter((u) => new URL(u).pathname.startsWith("/api/"));

async function expectAxeClean(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

for (const locale of LOCALES) {
  test.describe(`the year ahead (${locale})`, () => {
    test("chart, table and target picker on a shared plan, on a phone, with no amount from the answers", async ({ browser, request }) => {
      const plan = await planWithPath(request);
      const context = await newVisitor(browser, locale);
      const page = await context.newPage();
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(planPath(locale, plan.id));
      await waitForRole(page, "viewer");

      await openFolds(page); // the year ahead is folded
      const section = page.getByTestId("path-section");
      await expect(section).toBeVisible();
      await expect(page.getByTestId("path-confidence")).toHaveText(text(locale, "path.confidence.low"));
      // The chart: one point per month, each with its score; the table repeats every number in words.
      const chart = page.getByTestId("path-chart");
      await expect(chart).toHaveAttribute("role", "img");
      await expect(page.getByTestId("path-chart-point")).toHaveCount(5);
      await expect(chart.locator("desc")).toContainText("86");
      const rows = page.getByTestId("path-row");
      await expect(rows).toHaveCount(5);
      for (const [i, point] of stored.path.entries()) {
        await expect(rows.nth(i)).toHaveAttribute("data-score", String(point.score));
        await expect(rows.nth(i)).toHaveAttribute("data-band", point.band);
        await expect(rows.nth(i)).toContainText(String(point.score));
      }
      // The month each step is done: month 3 names the three steps newly done then.
      for (const id of ["pause-applications", "diversify-spending", "repay-line-balance"]) {
        await expect(rows.nth(2)).toContainText(text(locale, `path.steps.${id}`));
      }
      await expect(rows.nth(4)).toContainText(text(locale, "path.table.timeOnly"));

      // The picker starts on the first reachable band: its route, steps in order.
      const route = page.getByTestId("path-route");
      await expect(route).toHaveAttribute("data-band", "B4");
      await expect(route).toHaveAttribute("data-reachable", "true");
      await expect(page.getByTestId("path-route-steps").locator("li")).toHaveText([
        text(locale, "path.steps.enable-autopay"),
        text(locale, "path.steps.pause-applications"),
      ]);
      // B5 is out of reach in a year: said plainly, with what holds the band today.
      await page.getByTestId("path-target-B5").check();
      await expect(route).toHaveAttribute("data-band", "B5");
      await expect(route).toHaveAttribute("data-reachable", "false");
      await expect(route).toContainText(text(locale, "path.cap.income"));
      await expect(page.getByTestId("path-route-steps")).toHaveCount(0);

      // Phone-first: nothing wider than the screen.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      // A shared plan's year ahead carries no amount from the answers.
      const html = await section.innerHTML();
      expect(html).not.toContain(String(INCOME_LIFT));
      expect(html).not.toContain(new Intl.NumberFormat("en").format(INCOME_LIFT));
      await expectAxeClean(page);
      await context.close();
    });

    test("the what-if recomputes the year ahead and the routes in the browser, with no request", async ({ browser, request }) => {
      const plan = await createPlanViaApi(request, typical);
      // The what-if runs on the answers: the owner's browser has them (a stranger gets no what-if).
      const page = await (await newOwner(browser, locale, plan)).newPage();
      await page.goto(planPath(locale, plan.id));
      await waitForRole(page, "owner");
      await page.getByTestId("whatif-toggle").click();
      await expect(page.getByTestId("whatif-score")).toHaveText(String(base.score));
      const points = page.getByTestId("whatif-path-point");
      const shows = async (result: Result) => {
        await expect(points).toHaveCount(result.path.length);
        for (const [i, p] of result.path.entries()) {
          await expect(points.nth(i)).toHaveAttribute("data-score", String(p.score));
          await expect(points.nth(i)).toHaveAttribute("data-band", p.band);
        }
        const routes = page.getByTestId("whatif-route");
        await expect(routes).toHaveCount(result.routes.length);
        for (const [i, r] of result.routes.entries()) {
          await expect(routes.nth(i)).toHaveAttribute("data-band", r.band);
          await expect(routes.nth(i)).toHaveAttribute("data-month", String(r.month));
        }
        if (result.routes.length === 0) await expect(page.getByTestId("whatif-routes")).toHaveText(text(locale, "path.whatif.noRoutes"));
      };
      await shows(base);

      const requests: string[] = [];
      page.on("request", (r) => requests.push(r.url()));
      // Tick the first step, then owe many lenders: the year ahead follows each change.
      const first = base.recommendations[0]!.id as RecommendationId;
      await page.getByTestId(`whatif-step-${first}`).check();
      const stepped = CATALOGUE[first].apply(typical);
      await expect(page.getByTestId("whatif-score")).toHaveText(String(evaluate(stepped).score));
      await shows(evaluate(stepped));
      await expect(points.first()).toHaveAttribute("data-score", String(evaluate(stepped).score));
      await page.getByTestId("whatif-currentlyOverdue").check();
      const overdue = evaluate({ ...stepped, repayment: { ...stepped.repayment, currentlyOverdue: true } });
      await expect(page.getByTestId("whatif-band")).toHaveAttribute("data-band", "B0");
      await shows(overdue);
      expect(apiCalls(requests)).toEqual([]);
      await expectAxeClean(page);
    });

    test("the print sheet carries the year ahead and each step's due month", async ({ browser, request }) => {
      // Due months need steps of every horizon; typical's plan has one step, so this sheet is for someone
      // with heavy repayments, whose plan has a "now", a "3m" and a "long" step: a hand-made path names them.
      const debt = evaluate(highDebt);
      const stepOf = (horizon: string) => debt.recommendations.find((r) => r.horizon === horizon)?.id;
      const [soonest, soon, later] = [stepOf("now"), stepOf("3m"), stepOf("long")];
      expect([soonest, soon, later]).not.toContain(undefined);
      const [m1, m3, m6] = [[soonest!], [soonest!, soon!], [soonest!, soon!, later!]];
      const printed: Result = {
        ...stored,
        recommendations: debt.recommendations,
        path: stored.path.map((p) => ({ ...p, done: p.month === 0 ? [] : p.month === 1 ? m1 : p.month === 3 ? m3 : m6 })),
      };
      const plan = await createPlanViaApi(request, highDebt);
      await setStoredResult(plan.id, printed, printed.modelVersion);
      const page = await (await newVisitor(browser, locale)).newPage();
      await page.goto(`${planPath(locale, plan.id)}/print`);
      await expect(page.getByTestId("print-sheet")).toBeVisible();
      await page.emulateMedia({ media: "print" });
      const path = page.getByTestId("print-path");
      await expect(path).toBeVisible();
      await expect(path.getByTestId("print-path-score")).toHaveText(stored.path.map((p) => String(p.score)));
      await expect(path).toContainText(text(locale, "print.pathNote"));
      // Due by the month the path counts each step done, dated from today (the app's day).
      const [y, m, d] = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date()).split("-").map(Number);
      const dated = (days: number) =>
        new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" }).format(new Date(Date.UTC(y!, m! - 1, d! + days, 12)));
      const due = (id: string, month: number, days: number) => text(locale, "print.dueByMonth", { month, date: dated(days) });
      await expect(page.getByTestId(`print-due-${soonest}`)).toHaveText(due(soonest!, 1, 30));
      await expect(page.getByTestId(`print-due-${soon}`)).toHaveText(due(soon!, 3, 91));
      // Long-term steps are dated too, by their month in the year ahead.
      await expect(page.getByTestId(`print-due-${later}`)).toHaveText(due(later!, 6, 182));
      await expect(page.getByTestId("print-sheet")).not.toContainText(String(INCOME_LIFT));
      await page.emulateMedia({ media: "screen" });
      await expectAxeClean(page);
    });

    test("a plan scored by model v1 shows no year ahead; its owner hears that scoring again gives one", async ({ browser, request }) => {
      const plan = await createPlanViaApi(request, typical);
      const { ladderBand, cap, confidence, outlook, path, routes, ...v1 } = base;
      void [ladderBand, cap, confidence, outlook, path, routes];
      await setStoredResult(plan.id, { ...v1, modelVersion: "2025.1" }, "2025.1");
      const viewer = await (await newVisitor(browser, locale)).newPage();
      await viewer.goto(planPath(locale, plan.id));
      await waitForRole(viewer, "viewer");
      await expect(viewer.getByTestId("plan-score")).toContainText(String(base.score));
      await expect(viewer.getByTestId("path-section")).toHaveCount(0);
      await expect(viewer.getByTestId("path-v1-note")).toHaveCount(0);
      const owner = await (await newOwner(browser, locale, plan)).newPage();
      await owner.goto(planPath(locale, plan.id));
      await waitForRole(owner, "owner");
      await expect(owner.getByTestId("path-v1-note")).toHaveText(text(locale, "path.v1"));
      await owner.goto(`${planPath(locale, plan.id)}/print`);
      await expect(owner.getByTestId("print-sheet")).toBeVisible();
      await expect(owner.getByTestId("print-path")).toHaveCount(0);
    });
  });
}

for (const locale of LOCALES) {
  test(`progress: a saved what-if stands against the year ahead given at the start (${locale})`, async ({ browser, request }) => {
    const plan = await createPlanViaApi(request, typical);
    const page = await (await newOwner(browser, locale, plan)).newPage();
    await page.goto(planPath(locale, plan.id));
    await waitForRole(page, "owner");
    await page.getByTestId("whatif-toggle").click();
    await expect(page.getByTestId("whatif-score")).toHaveText(String(base.score));
    const first = base.recommendations[0]!.id as RecommendationId;
    await page.getByTestId(`whatif-step-${first}`).check();
    await page.getByTestId("whatif-save").click();
    await expect(page.getByTestId("whatif-save-status")).toHaveText(text(locale, "whatif.saved"));

    // Minutes after the start the path expects today's point; the step just done is ahead of it or on track.
    const after = evaluate(CATALOGUE[first].apply(typical));
    const expected = standingOf(base.path[0]!, { score: after.score, band: after.band.id });
    const note = page.getByTestId("path-standing");
    await expect(note).toHaveAttribute("data-standing", expected);
    await expect(page.getByTestId("path-standing-verdict")).toContainText(text(locale, `path.progress.${expected}`));
    await expect(page.getByTestId("history-standing").first()).toHaveAttribute("data-standing", expected);
    if (base.path.some((p) => p.done.includes(first))) await expect(page.getByTestId("path-standing-early")).toContainText(text(locale, `path.steps.${first}`));
  });
}
