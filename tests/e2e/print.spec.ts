// The printable checklist: under print media it shows the steps as tick boxes with due dates, the QR
// code back to the plan and the disclaimer, and no navigation chrome; Chromium's print-to-PDF gives
// 1–3 A4 pages that carry the checklist's text.
import { mkdirSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { multiLender } from "@/tests/fixtures/profiles";
import { createPlanViaApi, LOCALES, newVisitor, planPath } from "./fixtures";
import { readPdf, squash } from "./print-pdf";

interface ApiPlan {
  result: { band: { id: string }; recommendations: { id: string; horizon: string }[] };
}

for (const locale of LOCALES) {
  test(`print page under print media, as PDF and PNG (${locale})`, async ({ browser, request }, testInfo) => {
    const plan = await createPlanViaApi(request, multiLender);
    const api = (await (await request.get(`/api/plans/${plan.id}`)).json()) as ApiPlan;
    const page = await (await newVisitor(browser, locale)).newPage();
    await page.goto(`${planPath(locale, plan.id)}/print`);
    await expect(page.getByTestId("print-sheet")).toBeVisible();
    const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);

    await page.emulateMedia({ media: "print" });
    await expect(page.getByTestId("print-band")).toBeVisible();
    // Every "now" and "3 months" step of the stored result is on the sheet with a due date.
    const steps = api.result.recommendations.filter((r) => r.horizon !== "long");
    expect(steps.length).toBeGreaterThan(0);
    for (const step of steps) {
      await expect(page.getByTestId(`print-item-${step.id}`)).toBeVisible();
      await expect(page.getByTestId(`print-due-${step.id}`)).toHaveText(/\d/);
    }
    // The last "Next 3 months" step is due 91 days (13 weeks) from today (the app's day, Asia/Shanghai),
    // written in the page's language.
    const last3m = steps.filter((s) => s.horizon === "3m").at(-1);
    if (last3m) {
      const [y, m, d] = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date()).split("-").map(Number);
      const due = new Date(Date.UTC(y!, m! - 1, d! + 91, 12));
      const expected = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" }).format(due);
      await expect(page.getByTestId(`print-due-${last3m.id}`)).toContainText(expected);
    }
    await expect(page.getByRole("banner")).toBeHidden();
    await expect(page.getByRole("contentinfo")).toBeHidden();
    await expect(page.getByTestId("print-button")).toBeHidden();
    await expect(page.getByTestId("print-url")).toContainText(`/p/${plan.id}`);
    await expect(page.getByTestId("print-disclaimer")).toBeVisible();

    // The QR code: server-drawn SVG with an accessible name, encoding the share link.
    const qr = page.getByTestId("print-qr");
    await expect(qr).toBeVisible();
    await expect(qr).toHaveAttribute("role", "img");
    await expect(qr).toHaveAttribute("aria-label", /.+/);
    await expect(qr).toHaveAttribute("data-qr-value", new RegExp(`^https?://[^/]+/p/${plan.id}$`));
    // A version-2+ code for a URL this long: 4·v+17 modules plus a 2-module margin each side.
    const viewBox = await qr.locator("svg").getAttribute("viewBox");
    const size = Number(/^0 0 (\d+) \1$/.exec(viewBox ?? "")?.[1]);
    expect((size - 4 - 17) % 4, `viewBox ${viewBox}`).toBe(0);
    expect(size).toBeGreaterThanOrEqual(29);
    const box = await qr.boundingBox();
    expect(box && box.width > 80 && Math.abs(box.width - box.height) < 2).toBe(true);

    const dir = testInfo.outputPath();
    mkdirSync(dir, { recursive: true });
    await page.screenshot({ path: `${dir}/print-${locale}.png`, fullPage: true });

    // Chromium's print-to-PDF: A4, 1–3 pages, the checklist's words on the paper.
    const pdf = await page.pdf({ format: "A4", printBackground: true, path: `${dir}/print-${locale}.pdf` });
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const { pages, text } = readPdf(pdf);
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(3);
    const mediaBox = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf.toString("latin1"));
    // A4 is 595.3 × 841.9 points; Chromium rounds the page to whole CSS pixels.
    expect(Math.abs(Number(mediaBox?.[1]) - 595.3)).toBeLessThan(1.5);
    expect(Math.abs(Number(mediaBox?.[2]) - 841.9)).toBeLessThan(1.5);
    const paper = squash(text.join(" "));
    for (const step of steps) {
      const title = squash(await page.getByTestId(`print-item-${step.id}`).locator(".ck-title").first().innerText());
      expect(paper, `step ${step.id} on paper`).toContain(title.replace(/[（(].*$/, ""));
    }
    expect(paper).toContain(squash(await page.getByTestId("print-disclaimer").innerText()).slice(0, 20));
  });
}
