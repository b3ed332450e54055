// The plan page on a phone (390×844), in both languages: the result and the next step first, the details
// folded (server-rendered <details>, closed, opening on a tap or a key), sharing and then managing the
// plan last, each folded to one line, with the private owner link in its own fold apart from the share
// link and with its warning; a stranger gets the read-only note at the top and no management at all; a
// typical plan reads in three screens or fewer, owner and stranger alike (the whole page, site header and
// footer included), and a heavy plan's sharing and managing take a few lines after its steps; the printed
// sheet is one A4 page with a tick box and a how-to line for every step; the preview image follows the
// URL's language. Axe finds nothing. With UPDATE_SCREENSHOTS=1 it also writes docs/screenshot-plan-{locale}.png.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { evaluate, nextStepOf } from "@/lib/scoring";
import type { Profile } from "@/lib/profile/schema";
import { multiLender, overdue, typical } from "@/tests/fixtures/profiles";
import { text } from "./catalogue";
import { createPlanViaApi, LOCALES, newOwner, newVisitor, openFold, planPath, waitForRole, type CreatedPlan, type TestLocale } from "./fixtures";
import { readPdf } from "./print-pdf";

const PHONE = { width: 390, height: 844 };

async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

/** Each test id's distance from the top of the page, in CSS pixels. */
async function tops(page: Page, ids: string[]): Promise<Record<string, number>> {
  return page.evaluate((wanted) => {
    const out: Record<string, number> = {};
    for (const id of wanted) {
      const el = document.querySelector(`[data-testid="${id}"]`);
      if (el) out[id] = el.getBoundingClientRect().top + window.scrollY;
    }
    return out;
  }, ids);
}

/** The whole page's height (site header and footer included) in screens of the phone. */
const screens = (page: Page) => page.evaluate((height) => document.documentElement.scrollHeight / height, PHONE.height);

/** The plan as its owner (once the owner's own figures have arrived) or a stranger first sees it on a phone. */
async function openOnPhone(browser: Browser, locale: TestLocale, plan: CreatedPlan, role: "owner" | "viewer"): Promise<Page> {
  const context = role === "owner" ? await newOwner(browser, locale, plan) : await newVisitor(browser, locale);
  const page = await context.newPage();
  await page.setViewportSize(PHONE);
  await page.goto(planPath(locale, plan.id));
  await waitForRole(page, role);
  if (role === "owner") {
    await expect(page.getByTestId("whatif")).toBeVisible();
    await expect(page.locator("[data-testid$='-personal']").first()).toBeVisible();
  }
  return page;
}

for (const locale of LOCALES) {
  test(`the owner's plan on a phone: result and next step first, details folded, management last (${locale})`, async ({ browser, request }) => {
    const plan = await createPlanViaApi(request, typical);
    const page = await openOnPhone(browser, locale, plan, "owner");

    // The order down the page; sharing and managing the plan each one folded line at the end.
    const order = ["plan-band", "limit-summary", "checklist-summary", "whatif", "plan-more", "fold-share", "fold-manage"];
    const y = await tops(page, order);
    expect(Object.keys(y).sort()).toEqual([...order].sort());
    for (let i = 1; i < order.length; i++) expect(y[order[i]!], `${order[i - 1]} above ${order[i]}`).toBeGreaterThan(y[order[i - 1]!]!);
    // The band on the first screen, the next step by the second; the delete button far below both.
    expect(y["plan-band"]!).toBeLessThan(PHONE.height);
    expect(y["checklist-summary"]!).toBeLessThan(2 * PHONE.height);
    // The result, the next step and the steps for now and the next months read within three screens.
    expect(y["plan-more"]!).toBeLessThan(3 * PHONE.height);
    await expect(page.getByTestId("next-step")).toHaveAttribute("data-step", nextStepOf(evaluate(typical).recommendations, typical)!);

    // Management is the last thing on the page that does anything: after it only notes, no control.
    const after = await page.evaluate(() => {
      const controls = document.querySelector('[data-testid="fold-manage"]')!;
      const article = document.querySelector('[data-testid="plan-page"]')!;
      const rest = [...article.children].slice([...article.children].indexOf(controls) + 1);
      return rest.flatMap((el) => [...el.querySelectorAll("button, input, select, textarea, details")].map((c) => c.outerHTML.slice(0, 80)));
    });
    expect(after).toEqual([]);
    // Folded: closed as the page opens, nothing of it shown until tapped (or opened from the keyboard).
    for (const fold of ["fold-share", "fold-manage"]) await expect(page.getByTestId(fold)).not.toHaveAttribute("open", /.*/);
    await expect(page.getByTestId("delete-plan")).toBeHidden();
    await expect(page.getByTestId("fold-manage").locator("summary")).toContainText(text(locale, "plan.layout.manageHint"));
    await page.getByTestId("fold-manage").locator("summary").focus();
    await page.keyboard.press("Enter");
    await expect(page.getByTestId("fold-manage")).toHaveAttribute("open", "");
    await openFold(page, "share");
    const management = page.getByTestId("owner-controls");
    await expect(management.getByRole("heading", { level: 2 })).toHaveText(text(locale, "plan.layout.manageHeading"));
    await expect(management.getByRole("link", { name: text(locale, "plan.owner.edit") })).toBeVisible();
    await expect(management.getByTestId("delete-plan")).toBeVisible();

    // The private link: inside management, never inside the share fold, with its warning tied to the field.
    const share = page.getByTestId("fold-share");
    await expect(share.getByTestId("owner-link-panel")).toHaveCount(0);
    await expect(share.getByTestId("owner-link")).toHaveCount(0);
    const panel = management.getByTestId("owner-link-panel");
    await expect(panel.locator("#owner-link-warning")).toHaveText(text(locale, "plan.share.ownerWarning"));
    await expect(panel.getByTestId("owner-link")).toHaveAttribute("aria-describedby", /owner-link-warning/);
    expect(await panel.getByTestId("owner-link").inputValue()).toContain(`#`);
    expect(await share.getByTestId("plan-share-url").inputValue()).not.toContain("#");
    // Well apart, even with both folds open: half a screen or more between the share link and the private one.
    const links = await tops(page, ["plan-share-url", "owner-link"]);
    expect(links["owner-link"]! - links["plan-share-url"]!).toBeGreaterThan(PHONE.height / 2);

    // The details are folded: closed, their contents hidden until tapped open.
    for (const fold of ["fold-path", "fold-dimensions", "fold-donts", "fold-export"]) {
      await expect(page.getByTestId(fold)).not.toHaveAttribute("open", /.*/);
    }
    await expect(page.getByTestId("dimension-repayment")).toBeHidden();
    await expect(page.getByTestId("plan-donts")).toBeHidden();
    await expectNoViolations(page);
    await page.getByTestId("fold-dimensions").locator("summary").click();
    await expect(page.getByTestId("fold-dimensions")).toHaveAttribute("open", "");
    await expect(page.getByTestId("dimension-repayment")).toBeVisible();
    await page.getByTestId("fold-donts").locator("summary").click();
    await expect(page.getByTestId("plan-donts")).toBeVisible();
    await page.getByTestId("fold-path").locator("summary").click();
    await expect(page.getByTestId("path-section")).toBeVisible();
    // A keyboard opens them too.
    await page.getByTestId("fold-export").locator("summary").focus();
    await page.keyboard.press("Enter");
    await expect(page.getByTestId("plan-export")).toBeVisible();
    await expectNoViolations(page);
  });

  test(`a stranger's plan on a phone: the read-only note on top, no management, folds in the served HTML (${locale})`, async ({ browser, request }) => {
    const plan = await createPlanViaApi(request, multiLender);
    // The folds are in the HTML the server sends, closed: nothing moves when scripts run.
    const html = await (await request.get(planPath(locale, plan.id))).text();
    expect(html).toMatch(/<details[^>]*data-testid="fold-dimensions"/);
    expect(html).not.toMatch(/<details[^>]*data-testid="fold-dimensions"[^>]*\sopen/);

    const context = await newVisitor(browser, locale);
    const page = await context.newPage();
    await page.setViewportSize(PHONE);
    // Layout shifts after the first paint, summed (Chromium's layout-shift entries).
    await page.addInitScript(() => {
      (window as unknown as { __shift: number }).__shift = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
          if (!entry.hadRecentInput) (window as unknown as { __shift: number }).__shift += entry.value;
      }).observe({ type: "layout-shift", buffered: true });
    });
    await page.goto(planPath(locale, plan.id));
    await waitForRole(page, "viewer");
    const y = await tops(page, ["plan-readonly-note", "plan-band", "checklist-summary", "plan-more", "fold-share"]);
    expect(y["plan-readonly-note"]!).toBeLessThan(y["plan-band"]!);
    expect(y["plan-band"]!).toBeLessThan(y["checklist-summary"]!);
    expect(y["checklist-summary"]!).toBeLessThan(y["plan-more"]!);
    expect(y["plan-more"]!).toBeLessThan(y["fold-share"]!);
    await expect(page.getByTestId("fold-share")).not.toHaveAttribute("open", /.*/);
    await expect(page.getByTestId("fold-manage")).toHaveCount(0);
    await expect(page.getByTestId("owner-controls")).toHaveCount(0);
    await expect(page.getByTestId("owner-link-panel")).toHaveCount(0);
    await expect(page.getByTestId("delete-plan")).toHaveCount(0);
    // The long-term steps wait folded; a tap shows them.
    const long = page.getByTestId("fold-long");
    const longSteps = evaluate(multiLender).recommendations.filter((r) => r.horizon === "long");
    if (longSteps.length > 0) {
      await expect(page.getByTestId(`rec-${longSteps[0]!.id}`)).toBeHidden();
      await long.locator("summary").click();
      await expect(page.getByTestId(`rec-${longSteps[0]!.id}`)).toBeVisible();
    }
    const shift = await page.evaluate(() => (window as unknown as { __shift: number }).__shift);
    expect(shift).toBeLessThan(0.1);
    await expectNoViolations(page);
  });

  test(`the page reads in three screens or fewer for a typical plan; a heavy plan's sharing and managing stay short (${locale})`, async ({
    browser,
    request,
  }) => {
    // The typical salaried borrower, and someone overdue (triage on top, a dozen steps).
    for (const [name, profile] of [["typical", typical], ["overdue", overdue]] as [string, Profile][]) {
      const plan = await createPlanViaApi(request, profile);
      for (const role of ["owner", "viewer"] as const) {
        const page = await openOnPhone(browser, locale, plan, role);
        const height = await screens(page);
        // What follows the steps (the folds, sharing, managing, the small print and the site's footer).
        const tail = await page.evaluate(
          (h) => (document.documentElement.scrollHeight - (document.querySelector('[data-testid="plan-more"]')!.getBoundingClientRect().top + window.scrollY)) / h,
          PHONE.height,
        );
        const figure = `${name}, ${role}: ${height.toFixed(2)} screens (after the steps ${tail.toFixed(2)})`;
        test.info().annotations.push({ type: `screens ${locale}`, description: figure });
        console.log(`plan page on a phone, ${locale}, ${figure}`);
        if (name === "typical") expect(height, figure).toBeLessThanOrEqual(3);
        else await expect(page.getByTestId("triage")).toBeVisible();
        expect(tail, figure).toBeLessThanOrEqual(1.1);
        await page.context().close();
      }
    }
  });

  for (const [name, profile] of [["typical", typical], ["multiLender", multiLender]] as [string, Profile][]) {
    test(`the printed sheet is one A4 page, each step with a tick box and a how-to line (${name}, ${locale})`, async ({ browser, request }) => {
      const plan = await createPlanViaApi(request, profile);
      const page = await (await newVisitor(browser, locale)).newPage();
      await page.goto(`${planPath(locale, plan.id)}/print`);
      await expect(page.getByTestId("print-sheet")).toBeVisible();
      const steps = evaluate(profile).recommendations;
      for (const step of steps) {
        const item = page.getByTestId(`print-item-${step.id}`);
        await expect(item.locator(".ck-box")).toHaveCount(1);
        await expect(item.locator(".ck-how").first()).toHaveText(text(locale, `print.how.${step.id}`));
      }
      await expect(page.getByTestId("print-long").locator(".ck-box")).toHaveCount(steps.filter((s) => s.horizon === "long").length);
      await page.emulateMedia({ media: "print" });
      const pdf = await page.pdf({ format: "A4", printBackground: true });
      expect(readPdf(pdf).pages).toBe(1);
    });
  }

  test(`the preview image is in the plan's language (${locale})`, async ({ request }) => {
    const plan = await createPlanViaApi(request, typical);
    const other = locale === "en" ? "zh-CN" : "en";
    const mine = await request.get(`${planPath(locale, plan.id)}/opengraph-image`);
    const theirs = await request.get(`${planPath(other, plan.id)}/opengraph-image`);
    expect(mine.status()).toBe(200);
    expect(mine.headers()["content-type"]).toBe("image/png");
    // The same plan drawn in two languages: two different pictures.
    expect((await mine.body()).equals(await theirs.body())).toBe(false);
  });

  test(`screenshot of the plan page on a phone (${locale})`, async ({ browser, request }) => {
    test.skip(!process.env.UPDATE_SCREENSHOTS, "only when asked to update docs/");
    const plan = await createPlanViaApi(request, typical);
    const page = await openOnPhone(browser, locale, plan, "owner"); // with the owner's own figures
    await page.screenshot({ path: `docs/screenshot-plan-${locale}.png` });
  });
}
