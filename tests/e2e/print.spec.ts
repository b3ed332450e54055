// The printable checklist: under print media it shows the steps as tick boxes and no navigation chrome.
import { expect, test } from "@playwright/test";
import { multiLender } from "@/tests/fixtures/profiles";
import { createPlanViaApi, LOCALES, newVisitor, planPath } from "./fixtures";

for (const locale of LOCALES) {
  test(`print page under print media (${locale})`, async ({ browser, request }) => {
    const plan = await createPlanViaApi(request, multiLender);
    const api = (await (await request.get(`/api/plans/${plan.id}`)).json()) as {
      result: { band: { id: string }; recommendations: { id: string; horizon: string }[] };
    };
    const page = await (await newVisitor(browser, locale)).newPage();
    await page.emulateMedia({ media: "print" });
    await page.goto(`${planPath(locale, plan.id)}/print`);

    await expect(page.getByTestId("print-sheet")).toBeVisible();
    await expect(page.getByTestId("print-band")).toBeVisible();
    // Every "now" and "3 months" step of the stored result is on the sheet, none of the page chrome is.
    const steps = api.result.recommendations.filter((r) => r.horizon !== "long");
    expect(steps.length).toBeGreaterThan(0);
    for (const step of steps) await expect(page.getByTestId(`print-item-${step.id}`)).toBeVisible();
    await expect(page.getByRole("banner")).toBeHidden();
    await expect(page.getByRole("contentinfo")).toBeHidden();
    await expect(page.getByTestId("print-button")).toBeHidden();
    await expect(page.getByTestId("print-url")).toContainText(`/p/${plan.id}`);

    // Chromium's print-to-PDF gives A4 pages.
    const pdf = await page.pdf({ format: "A4", printBackground: true });
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const pages = pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages.length).toBeGreaterThanOrEqual(1);
    expect(pages.length).toBeLessThanOrEqual(3);
  });
}
