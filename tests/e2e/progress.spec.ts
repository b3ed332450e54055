// Coming back: the owner updates the answers twice and the plan shows three scorings on a chart, what
// changed since last time, and which step is next on the checklist.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { planOrder } from "@/lib/scoring/next-step";
import { upgradeProfile } from "@/lib/profile/upgrade";
import type { Profile } from "@/lib/profile/schema";
import type { Recommendation } from "@/lib/scoring/types";
import { multiLender } from "@/tests/fixtures/profiles";
import { createPlanViaApi, LOCALES, newOwner, newVisitor, planPath, waitForRole, openFolds } from "./fixtures";

async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

// Two check-ins, each a little better than the one before.
const better: Profile = { ...multiLender, repayment: { ...multiLender.repayment, autopay: true } };
const evenBetter: Profile = { ...better, borrowing: { ...better.borrowing, applications3m: 0, activeLenders: 2 } };

interface Area {
  id: string;
  score: number;
}

for (const locale of LOCALES) {
  test(`owner edits twice and sees three scorings, the change since last time and the next step (${locale})`, async ({
    browser,
    request,
  }) => {
    const plan = await createPlanViaApi(request, multiLender);
    const scores: number[] = [];
    const areas: Area[][] = [];
    scores.push(((await (await request.get(`/api/plans/${plan.id}`)).json()) as { result: { score: number } }).result.score);
    for (const profile of [better, evenBetter]) {
      const response = await request.patch(`/api/plans/${plan.id}`, {
        headers: { Authorization: `Bearer ${plan.editToken}` },
        data: { profile },
      });
      expect(response.status()).toBe(200);
      const body = (await response.json()) as { result: { score: number; dimensions: Area[] }; snapshots: unknown[] };
      scores.push(body.result.score);
      areas.push(body.result.dimensions);
    }
    expect(scores[2]!).toBeGreaterThan(scores[0]!);
    // The answers come back only with the owner's token (a stranger's copy has profile: null).
    const stored = (await (await request.get(`/api/plans/${plan.id}`, { headers: { Authorization: `Bearer ${plan.editToken}` } })).json()) as {
      snapshots: unknown[];
      profile: Profile;
      result: { recommendations: Recommendation[] };
    };
    expect(stored.snapshots).toHaveLength(3);

    const page = await (await newOwner(browser, locale, plan)).newPage();
    await page.goto(planPath(locale, plan.id));
    await waitForRole(page, "owner");
    await openFolds(page); // the progress history is folded

    // The chart: one point per scoring, oldest first, with an accessible name and summary.
    const chart = page.getByTestId("progress-chart");
    await expect(chart).toBeVisible();
    await expect(chart).toHaveAttribute("role", "img");
    await expect(chart.locator("title")).not.toBeEmpty();
    await expect(chart.locator("desc")).toContainText(String(scores[2]));
    const points = chart.getByTestId("progress-point");
    await expect(points).toHaveCount(3);
    expect(await points.evaluateAll((nodes) => nodes.map((n) => Number(n.getAttribute("data-score"))))).toEqual(scores);
    // Higher readiness is drawn higher up.
    const ys = await chart.locator("circle").evaluateAll((nodes) => nodes.map((n) => Number(n.getAttribute("cy"))));
    expect(ys[2]!).toBeLessThan(ys[0]!);
    await expect(page.getByTestId("plan-history").locator("tbody tr")).toHaveCount(3);

    // Since last time: the newest scoring against the one before.
    const since = page.getByTestId("since-last-time");
    await expect(since).toBeVisible();
    await expect(page.getByTestId("since-score")).toHaveAttribute("data-delta", String(scores[2]! - scores[1]!));
    await expect(page.getByTestId("since-score")).toContainText(`${scores[1]} → ${scores[2]}`);
    // …and per area: every area that moved between the last two scorings is listed with its scores.
    const [before, after] = [areas[0]!, areas[1]!];
    const moved = after.filter((d) => d.score !== before.find((b) => b.id === d.id)?.score);
    expect(moved.length).toBeGreaterThan(0);
    for (const d of moved) {
      await expect(page.getByTestId(`since-${d.id}`)).toContainText(String(d.score));
    }

    // The checklist: the first step in the order shown is next; ticking it moves "Next step" on.
    const order = planOrder(stored.result.recommendations, upgradeProfile(stored.profile));
    expect(order.length).toBeGreaterThan(1);
    await expect(page.getByTestId("next-step")).toHaveCount(1);
    await expect(page.getByTestId("next-step")).toHaveAttribute("data-step", order[0]!);
    await expect(page.getByTestId(`rec-${order[0]}`).getByTestId("next-step")).toBeVisible();
    await expect(page.getByTestId("checklist-summary")).toHaveAttribute("data-done", "0");
    await expectNoViolations(page);

    await page.getByTestId(`rec-${order[0]}-done`).check();
    await expect(page.getByTestId(`rec-${order[0]}-status`)).toHaveAttribute("data-status", "saved");
    await expect(page.getByTestId("next-step")).toHaveAttribute("data-step", order[1]!);
    await expect(page.getByTestId("checklist-summary")).toHaveAttribute("data-done", "1");

    // A viewer sees the same progress (read-only) and the same next step.
    const viewer = await (await newVisitor(browser, locale)).newPage();
    await viewer.goto(planPath(locale, plan.id));
    await waitForRole(viewer, "viewer");
    await expect(viewer.getByTestId("progress-point")).toHaveCount(3);
    await expect(viewer.getByTestId("next-step")).toHaveAttribute("data-step", order[1]!);
    await expectNoViolations(viewer);
  });
}
