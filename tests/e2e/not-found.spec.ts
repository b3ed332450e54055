// An unknown plan is a real 404 page in the visitor's language.
import { expect, test } from "@playwright/test";
import { newVisitor } from "./fixtures";

const cases = [
  { locale: "en", lang: "en" },
  { locale: "zh-CN", lang: "zh-CN" },
] as const;

for (const { locale, lang } of cases) {
  test(`unknown plan gives a 404 page (${locale})`, async ({ browser }) => {
    const page = await (await newVisitor(browser, locale)).newPage();
    for (const path of [`/${locale}/p/AAAAAAAAAAAAAAAAAAAAAAAA`, `/${locale}/p/not-a-plan/print`, `/${locale}/no-such-page`]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      await expect(page.locator("html")).toHaveAttribute("lang", lang);
      await expect(page.getByRole("link", { name: locale === "en" ? /home/i : /首页/ }).first()).toBeVisible();
    }
  });

  test(`unprefixed plan link redirects to the visitor's language (${locale})`, async ({ browser }) => {
    const page = await (await newVisitor(browser, locale)).newPage();
    const response = await page.goto("/p/AAAAAAAAAAAAAAAAAAAAAAAA");
    expect(page.url()).toContain(`/${locale}/p/`);
    expect(response?.status()).toBe(404);
  });
}
