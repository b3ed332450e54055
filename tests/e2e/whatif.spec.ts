// The what-if simulator on the plan page: steps ticked and answers changed move the band and score on
// screen with no request to the server; the owner can save the result as a new snapshot; axe finds
// nothing with the simulator open. Also: each step's measurable target, and the owner's view of a plan
// scored by an older model.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page, type Request } from "@playwright/test";
import { CATALOGUE, evaluate, MODEL_VERSION, type RecommendationId } from "@/lib/scoring";
import { highDebt, multiLender, typical } from "@/tests/fixtures/profiles";
import { text } from "./catalogue";
import { createPlanViaApi, LOCALES, newOwner, newVisitor, planPath, shareAnswers, waitForRole, openFolds } from "./fixtures";
import { setStoredResult } from "./database";

/** Opens the simulator and waits until it shows the saved plan's result. */
async function openSimulator(page: Page, savedScore: number) {
  const toggle = page.getByTestId("whatif-toggle");
  await expect(toggle).toHaveAttribute("aria-expanded", "false");
  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-expanded", "true");
  await expect(page.getByTestId("whatif-score")).toHaveText(String(savedScore));
}

/** The JavaScript the page loads, by URL: to see what is in the first load and what comes on demand. */
function recordScripts(page: Page): Map<string, Promise<string>> {
  const scripts = new Map<string, Promise<string>>();
  page.on("response", (r) => {
    if (new URL(r.url()).pathname.endsWith(".js")) scripts.set(r.url(), r.text().catch(() => ""));
  });
  return scripts;
}
// A factor id that only the scoring module's code contains (messages name it too, but they are not scripts).
const SCORING_MARKER = "lineUse";
const anyContains = async (scripts: Map<string, Promise<string>>, marker: string) =>
  (await Promise.all(scripts.values())).some((body) => body.includes(marker));

/** Every request the page makes from now on. */
function recordRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on("request", (r) => urls.push(r.url()));
  return urls;
}
const apiCalls = (urls: string[]) => urls.filter((u) => new URL(u).pathname.startsWith("/api/"));

for (const locale of LOCALES) {
  test.describe(`what-if simulator (${locale})`, () => {
    test("ticking a step and changing answers move band and score live, without a request", async ({ browser, request }) => {
      const saved = evaluate(typical);
      const plan = await createPlanViaApi(request, typical);
      await shareAnswers(request, plan); // a viewer has the simulator only when the owner shares the answers
      const page = await (await newVisitor(browser, locale)).newPage();
      const firstLoad = recordScripts(page);
      await page.goto(planPath(locale, plan.id));
      await waitForRole(page, "viewer");

      // Loaded on demand: the scoring module is not in the page's first load, and arrives when opened.
      expect(firstLoad.size).toBeGreaterThan(0);
      expect(await anyContains(firstLoad, SCORING_MARKER)).toBe(false);
      const onDemand = recordScripts(page);
      await openSimulator(page, saved.score);
      expect(await anyContains(onDemand, SCORING_MARKER)).toBe(true);
      const band = page.getByTestId("whatif-band");
      await expect(band).toHaveAttribute("data-band", saved.band.id);

      const requests = recordRequests(page);

      // Tick the plan's first step: the score rises by exactly its estimated gain.
      const first = saved.recommendations[0]!;
      await page.getByTestId(`whatif-step-${first.id}`).check();
      await expect(page.getByTestId("whatif-score")).toHaveText(String(saved.score + first.impact));
      await expect(page.getByTestId("whatif-score-delta")).toHaveText(text(locale, "whatif.result.up", { points: first.impact }));

      // Change an answer: something overdue pauses the line.
      await page.getByTestId("whatif-currentlyOverdue").check();
      await expect(band).toHaveAttribute("data-band", "B0");
      await expect(band).toHaveText(text(locale, "plan.band.pausedShort"));
      await expect(page.getByTestId("whatif-saved-band")).toBeVisible();
      await page.getByTestId("whatif-currentlyOverdue").uncheck();

      // A slider, by keyboard: owing many lenders lowers the score and warns of multi-lending.
      const lenders = page.getByTestId("whatif-activeLenders");
      await lenders.focus();
      await page.keyboard.press("End");
      await expect(page.getByTestId("whatif-activeLenders-value")).toHaveText("8");
      const stepped = CATALOGUE[first.id as RecommendationId].apply(typical);
      const expected = evaluate({ ...stepped, borrowing: { ...stepped.borrowing, activeLenders: 8 } });
      await expect(page.getByTestId("whatif-score")).toHaveText(String(expected.score));
      await expect(band).toHaveAttribute("data-band", expected.band.id);
      await expect(page.getByTestId("whatif-warnings")).toBeVisible();

      // Screen readers hear the new result once the person pauses.
      const bandText = await band.innerText();
      await expect(page.getByTestId("whatif-announcement")).toHaveText(
        text(locale, "whatif.result.announce", { band: bandText, score: expected.score }),
      );

      // Reset brings back the saved plan.
      await page.getByTestId("whatif-reset").click();
      await expect(page.getByTestId("whatif-score")).toHaveText(String(saved.score));
      await expect(band).toHaveAttribute("data-band", saved.band.id);
      await expect(page.getByTestId(`whatif-step-${first.id}`)).not.toBeChecked();

      // All of it computed in the browser: not one call to the API, and no save button for a viewer.
      expect(apiCalls(requests)).toEqual([]);
      await expect(page.getByTestId("whatif-save")).toHaveCount(0);
    });

    test("the owner saves a what-if as a new snapshot and it appears in the history", async ({ browser, request }) => {
      const saved = evaluate(multiLender);
      const plan = await createPlanViaApi(request, multiLender);
      const page = await (await newOwner(browser, locale, plan)).newPage();
      await page.goto(planPath(locale, plan.id));
      await waitForRole(page, "owner");
      await expect(page.getByTestId("plan-history")).toHaveCount(0); // one snapshot: nothing to compare yet
      await openSimulator(page, saved.score);

      const save = page.getByTestId("whatif-save");
      await expect(save).toBeDisabled(); // nothing changed yet
      const requests: Request[] = [];
      page.on("request", (r) => requests.push(r));
      await page.getByTestId("whatif-step-pause-applications").check();
      const after = evaluate({ ...multiLender, borrowing: { ...multiLender.borrowing, applications3m: 0 } });
      await expect(page.getByTestId("whatif-score")).toHaveText(String(after.score));
      expect(apiCalls(requests.map((r) => r.url()))).toEqual([]);

      await save.click();
      await expect(page.getByTestId("whatif-save-status")).toHaveText(text(locale, "whatif.saved"));
      // One PATCH, and only when asked. (The refreshed page may then fetch the owner's new answers again
      // with the token, as every owner's page load does: a GET of this plan, nothing else.)
      const calls = await Promise.all(requests.filter((r) => new URL(r.url()).pathname.startsWith("/api/")).map(async (r) => ({
        method: r.method(),
        path: new URL(r.url()).pathname,
        token: await r.headerValue("authorization"),
      })));
      expect(calls.filter((c) => c.method !== "GET").map((c) => `${c.method} ${c.path}`)).toEqual([`PATCH /api/plans/${plan.id}`]);
      for (const get of calls.filter((c) => c.method === "GET")) expect(get).toEqual({ method: "GET", path: `/api/plans/${plan.id}`, token: `Bearer ${plan.editToken}` });

      // The page shows the new result and a history of two snapshots.
      await expect(page.getByTestId("plan-score")).toContainText(String(after.score));
      await openFolds(page); // the history appears folded
      const history = page.getByTestId("plan-history");
      await expect(history).toBeVisible();
      await expect(history.locator("tbody tr")).toHaveCount(2);
      await expect(history.locator("tbody")).toContainText(String(after.score));
      // The simulator starts again from the new saved answers.
      await expect(page.getByTestId("whatif-score")).toHaveText(String(after.score));
      await expect(save).toBeDisabled();

      const stored = (await (await request.get(`/api/plans/${plan.id}`, { headers: { Authorization: `Bearer ${plan.editToken}` } })).json()) as {
        profile: typeof multiLender;
        snapshots: { score: number }[];
      };
      expect(stored.profile.borrowing.applications3m).toBe(0);
      expect(stored.snapshots.map((s) => s.score)).toEqual([saved.score, after.score]);
    });

    test("no axe violations with the simulator open", async ({ browser, request }) => {
      const plan = await createPlanViaApi(request, highDebt);
      const page = await (await newOwner(browser, locale, plan)).newPage();
      await page.goto(planPath(locale, plan.id));
      await waitForRole(page, "owner");
      await openSimulator(page, evaluate(highDebt).score);
      await page.getByTestId("whatif-step-lower-debt-burden").check();
      const results = await new AxeBuilder({ page })
        .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"])
        .analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
    });

    test("each step shows its measurable target with today's value", async ({ browser, request }) => {
      const plan = await createPlanViaApi(request, highDebt); // repayments at 70% of income
      await shareAnswers(request, plan); // today's values are the owner's answers: shown to a viewer only when shared
      const page = await (await newVisitor(browser, locale)).newPage();
      await page.goto(planPath(locale, plan.id));
      const target = page.getByTestId("rec-lower-debt-burden-target");
      await expect(target).toContainText("40%");
      await expect(target).toContainText("70%");
      await page.goto(`${planPath(locale, plan.id)}/print`);
      await expect(page.getByTestId("print-target-lower-debt-burden")).toContainText("70%");
    });

    test("a plan scored by an older model keeps its result; the owner sees the current model beside it", async ({
      browser,
      request,
    }) => {
      const plan = await createPlanViaApi(request, typical);
      const current = evaluate(typical);
      // As if it had been scored by an earlier model that gave it less.
      const old = { ...current, modelVersion: "2025.1", score: current.score - 20, band: { id: "B1", min: 1000, max: 5000 } };
      await setStoredResult(plan.id, old, old.modelVersion);

      const owner = await (await newOwner(browser, locale, plan)).newPage();
      await owner.goto(planPath(locale, plan.id));
      await waitForRole(owner, "owner");
      await expect(owner.getByTestId("plan-score")).toContainText(String(old.score)); // the stored result stays
      await expect(owner.getByTestId("plan-band")).toHaveAttribute("data-band", "B1");
      const comparison = owner.getByTestId("model-comparison");
      await expect(comparison).toBeVisible();
      await expect(owner.getByTestId("model-comparison-saved")).toContainText(String(old.score));
      await expect(owner.getByTestId("model-comparison-saved")).toContainText("2025.1");
      await expect(owner.getByTestId("model-comparison-current")).toContainText(String(current.score));
      await expect(owner.getByTestId("model-comparison-current")).toContainText(MODEL_VERSION);
      await expect(owner.getByTestId("model-comparison-current").locator("[data-band]")).toHaveAttribute("data-band", current.band.id);

      const viewer = await (await newVisitor(browser, locale)).newPage();
      await viewer.goto(planPath(locale, plan.id));
      await waitForRole(viewer, "viewer");
      await expect(viewer.getByTestId("plan-score")).toContainText(String(old.score));
      await expect(viewer.getByTestId("model-comparison")).toHaveCount(0);
    });
  });
}
