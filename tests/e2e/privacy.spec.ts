// The privacy page: reachable from every page's footer, in both languages, and accessible.
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { text } from "./catalogue";
import { LOCALES, newVisitor } from "./fixtures";

for (const locale of LOCALES) {
  test(`privacy page says what is stored and what is not (${locale})`, async ({ browser }) => {
    const page = await (await newVisitor(browser, locale)).newPage();
    await page.goto(`/${locale}`);
    await page.getByTestId("privacy-link").click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/privacy$`));

    const t = (key: string) => text(locale, `privacy.${key}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(t("title"));
    for (const section of ["stored", "kept", "notCollected", "browser", "logs", "thirdParties"]) {
      await expect(page.getByRole("heading", { level: 2, name: t(`${section}.title`) })).toBeVisible();
    }
    await expect(page.getByText(t("stored.tokenHash"))).toBeVisible();
    await expect(page.getByText(t("notCollected.ip"))).toBeVisible();
    // After a client-side navigation the title follows the page a moment later; axe checks it too.
    await expect(page).toHaveTitle(new RegExp(t("metaTitle").replace(/[.*+?^${}()|[\]\\]/g, "\\$&")));

    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  });
}
