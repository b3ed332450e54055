// The private owner link: the edit token travels only in the URL fragment. Opening it in a fresh
// browser makes that browser the owner's and clears the fragment; a forged one grants nothing.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { typical } from "@/tests/fixtures/profiles";
import { createPlanViaApi, LOCALES, newOwner, newVisitor, openFold, planPath, waitForRole } from "./fixtures";

async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

const storedToken = (page: Page, id: string) => page.evaluate((key) => window.localStorage.getItem(key), `liftplan:owner:${id}`);

for (const locale of LOCALES) {
  test.describe(`owner link (${locale})`, () => {
    test("the owner sees both links told apart; opening the owner link elsewhere grants ownership and clears it from the address", async ({
      browser,
      request,
    }) => {
      const plan = await createPlanViaApi(request, typical);
      const owner = await (await newOwner(browser, locale, plan)).newPage();
      await owner.goto(planPath(locale, plan.id));
      await waitForRole(owner, "owner");

      // Each link waits in its own fold: sharing, then managing the plan.
      await openFold(owner, "share");
      await openFold(owner, "manage");
      const panel = owner.getByTestId("owner-link-panel");
      await expect(panel).toBeVisible();
      const ownerUrl = await owner.getByTestId("owner-link").inputValue();
      const shareUrl = await owner.getByTestId("plan-share-url").inputValue();
      const parsed = new URL(ownerUrl);
      // The token is only in the fragment: never in the path or query, never in the share link.
      expect(parsed.pathname).toBe(`/${locale}/p/${plan.id}`);
      expect(parsed.search).toBe("");
      expect(parsed.hash).toBe(`#owner=${plan.editToken}`);
      expect(shareUrl).not.toContain(plan.editToken);
      // Each link says what it is, and each has its own copy button.
      await expect(owner.getByRole("textbox", { name: /read-only|只读/ })).toHaveValue(shareUrl);
      await expect(owner.getByTestId("copy-link")).toBeVisible();
      await expect(owner.getByTestId("owner-link-copy")).toBeVisible();
      await expect(owner.getByTestId("plan-qr")).toHaveAttribute("data-qr-value", shareUrl);
      await expect(owner.getByTestId("plan-qr")).toHaveAttribute("aria-label", /.+/);
      await expectNoViolations(owner);

      // A browser that has never seen the plan opens the owner link.
      const context = await newVisitor(browser, locale);
      const other = await context.newPage();
      const seen: string[] = [];
      other.on("request", (r) => {
        seen.push(r.url(), r.headers()["referer"] ?? "");
      });
      await other.goto(ownerUrl);
      await expect(other.getByTestId("owner-claim")).toHaveAttribute("data-status", "granted");
      await waitForRole(other, "owner");
      expect(new URL(other.url()).hash).toBe("");
      expect(other.url()).not.toContain(plan.editToken);
      expect(await storedToken(other, plan.id)).toBe(plan.editToken);
      // The token went in no URL and no Referer (only in the Authorization header of the check).
      expect(seen.filter((s) => s.includes(plan.editToken))).toEqual([]);
      await expectNoViolations(other);

      // It now really is an owner: a tick is saved, and survives a reload without the fragment.
      const box = other.getByRole("checkbox").first();
      await box.check();
      await expect(other.locator("[data-status=saved]").first()).toBeVisible();
      await other.reload();
      await waitForRole(other, "owner");
      await expect(other.getByRole("checkbox").first()).toBeChecked();
      await expect(other.getByTestId("owner-claim")).toHaveCount(0);
    });

    test("a forged owner link grants nothing, says so, and is not stored", async ({ browser, request }) => {
      const plan = await createPlanViaApi(request, typical);
      const page = await (await newVisitor(browser, locale)).newPage();
      const forged = "A".repeat(43);
      await page.goto(`${planPath(locale, plan.id)}#owner=${forged}`);
      const claim = page.getByTestId("owner-claim");
      await expect(claim).toHaveAttribute("data-status", "refused");
      await expect(claim).toHaveAttribute("role", "alert");
      await expect(claim).not.toBeEmpty();
      await waitForRole(page, "viewer");
      await expect(page.getByTestId("owner-controls")).toHaveCount(0);
      await expect(page.getByTestId("owner-link-panel")).toHaveCount(0);
      expect(await storedToken(page, plan.id)).toBeNull();
      expect(new URL(page.url()).hash).toBe("");
      for (const box of await page.getByRole("checkbox").all()) await expect(box).toBeDisabled();
      await expectNoViolations(page);

      // Garbage that cannot be a token is refused without asking the server (here pasted into the open tab).
      await page.goto(`${planPath(locale, plan.id)}#owner=%3Cscript%3E`);
      await expect(page.getByTestId("owner-claim")).toHaveAttribute("data-status", "refused");
      expect(await storedToken(page, plan.id)).toBeNull();
    });
  });
}
