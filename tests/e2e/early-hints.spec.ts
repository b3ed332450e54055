// The owner hints (components/ui/early-hint-script.tsx) take effect before the first frame although they no
// longer stop the parser: the plan's owner never gets a frame with the viewer's "read-only" note, and the
// owner of a plan never gets a home page without its "continue" box. Checked at every frame from the
// start (a requestAnimationFrame callback runs before its frame is painted), with the stylesheet held
// back (a slow network) and again with it cached (a repeat visit), and the layout shift Chromium counts.
import { expect, test, type BrowserContext, type Page } from "@playwright/test";
import { typical } from "@/tests/fixtures/profiles";
import { createPlanViaApi, newOwner, newVisitor, planPath, waitForRole } from "./fixtures";

const PHONE = { width: 390, height: 844 };

interface Watch {
  frames: number;
  shown: number;
  shift: number;
}

/**
 * From the document's start: counts the frames with the page's content styled (`contentSelector` there
 * and the stylesheet applied), those of them in which `partSelector` is rendered, and the layout shift.
 */
async function watchFrames(context: BrowserContext, contentSelector: string, partSelector: string): Promise<void> {
  await context.addInitScript(
    ([content, part]) => {
      const w = { frames: 0, shown: 0, shift: 0 };
      (window as unknown as { __watch: typeof w }).__watch = w;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
          if (!entry.hadRecentInput) w.shift += entry.value;
      }).observe({ type: "layout-shift", buffered: true });
      const tick = () => {
        const styled = getComputedStyle(document.documentElement).getPropertyValue("--color-canvas") !== "";
        if (styled && document.querySelector(content)) {
          w.frames++;
          const el = document.querySelector(part);
          if (el && el.getClientRects().length > 0) w.shown++;
        }
        if (w.frames < 120) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    },
    [contentSelector, partSelector] as const,
  );
}

/** Holds every stylesheet back, as a slow network would, so the hint and the parser race the paint. */
async function slowStylesheets(page: Page, ms: number): Promise<void> {
  await page.route(/\.css(\?|$)/, async (route) => {
    await new Promise((done) => setTimeout(done, ms));
    await route.continue();
  });
}

async function watched(page: Page): Promise<Watch> {
  // Long enough after hydration for any late change to have been painted.
  await page.waitForTimeout(500);
  return page.evaluate(() => (window as unknown as { __watch: Watch }).__watch);
}

test("no script stops the parser before a page's content: the hints run from <head> as a render-blocking async module", async ({ request }) => {
  const plan = await createPlanViaApi(request, typical);
  for (const path of ["/en", planPath("en", plan.id), "/zh-CN/questionnaire", "/en/diagnose"]) {
    const html = await (await request.get(path, { headers: { Accept: "text/html" } })).text();
    const head = html.slice(0, html.indexOf("<body"));
    const content = html.slice(html.indexOf("<body"), html.indexOf("</main>"));
    expect(content.match(/<script\b[^>]*>/g) ?? [], `${path}: scripts before the end of <main>`).toEqual([]);
    const hints = (head.match(/<script\b[^>]*>[\s\S]*?<\/script>/g) ?? []).filter((s) => s.includes("liftplan:owner:"));
    expect(hints, `${path}: one hint script in <head>`).toHaveLength(1);
    expect(hints[0]).toMatch(/^<script type="module" async="" blocking="render" nonce="[^"]+">/);
  }
});

test("the plan's owner never gets a frame with the viewer's note, with a slow stylesheet or a cached one", async ({ browser, request }) => {
  const plan = await createPlanViaApi(request, typical);
  const context = await newOwner(browser, "en", plan);
  // The viewer note is the <aside> of the page's article; the band is content that comes after it.
  await watchFrames(context, '[data-testid="plan-band"]', 'article[data-testid="plan-page"] > aside');
  const page = await context.newPage();
  await page.setViewportSize(PHONE);

  await slowStylesheets(page, 800);
  await page.goto(planPath("en", plan.id));
  await waitForRole(page, "owner");
  const slow = await watched(page);
  expect(slow.frames).toBeGreaterThan(0);
  expect(slow.shown, "frames with the viewer note, slow stylesheet").toBe(0);
  expect(slow.shift).toBeLessThan(0.01);

  await page.unrouteAll();
  const again = await context.newPage();
  await again.setViewportSize(PHONE);
  await again.goto(planPath("en", plan.id));
  await waitForRole(again, "owner");
  const cached = await watched(again);
  expect(cached.frames).toBeGreaterThan(0);
  expect(cached.shown, "frames with the viewer note, cached stylesheet").toBe(0);
  expect(cached.shift).toBeLessThan(0.01);
  await context.close();

  // The check can see the note: a visitor gets it in every frame.
  const visitor = await newVisitor(browser, "en");
  await watchFrames(visitor, '[data-testid="plan-band"]', 'article[data-testid="plan-page"] > aside');
  const seen = await visitor.newPage();
  await seen.goto(planPath("en", plan.id));
  await waitForRole(seen, "viewer");
  const view = await watched(seen);
  expect(view.frames).toBeGreaterThan(0);
  expect(view.shown).toBe(view.frames);
  await visitor.close();
});

test("a plan's owner gets the home page with its continue box from the first frame, with a slow stylesheet or a cached one", async ({ browser, request }) => {
  const plan = await createPlanViaApi(request, typical);
  const context = await newOwner(browser, "en", plan);
  await watchFrames(context, "#home-title", '[data-testid="continue-plan"]');
  const page = await context.newPage();
  await page.setViewportSize(PHONE);

  await slowStylesheets(page, 800);
  await page.goto("/en");
  await expect(page.getByTestId("continue-plan")).toBeVisible();
  const slow = await watched(page);
  expect(slow.frames).toBeGreaterThan(0);
  expect(slow.shown, "frames with the continue box, slow stylesheet").toBe(slow.frames);
  expect(slow.shift).toBeLessThan(0.01);

  await page.unrouteAll();
  const again = await context.newPage();
  await again.setViewportSize(PHONE);
  await again.goto("/en");
  await expect(again.getByTestId("continue-plan")).toBeVisible();
  const cached = await watched(again);
  expect(cached.frames).toBeGreaterThan(0);
  expect(cached.shown, "frames with the continue box, cached stylesheet").toBe(cached.frames);
  expect(cached.shift).toBeLessThan(0.01);
  await context.close();
});
