// The share link is read-only for everyone but the owner's browser; the owner can tick and delete.
import { expect, test } from "@playwright/test";
import { multiLender, typical } from "@/tests/fixtures/profiles";
import { createPlanViaApi, LOCALES, newOwner, newVisitor, openFold, planPath, waitForRole } from "./fixtures";

for (const locale of LOCALES) {
  test.describe(`share and owner (${locale})`, () => {
    test("a viewer sees the same plan and cannot edit, tick or delete", async ({ browser, request }) => {
      const plan = await createPlanViaApi(request, typical);
      const owner = await (await newOwner(browser, locale, plan)).newPage();
      await owner.goto(planPath(locale, plan.id));
      await waitForRole(owner, "owner");
      const ownerBand = await owner.getByTestId("plan-band").getAttribute("data-band");
      const ownerBandText = await owner.getByTestId("plan-band").innerText();

      // The share link as the page shows it, opened in a browser that has never seen the plan.
      const shareUrl = await owner.getByTestId("plan-share-url").inputValue();
      expect(shareUrl).toContain(`/p/${plan.id}`);
      expect(shareUrl).not.toContain(plan.editToken);
      const viewer = await (await newVisitor(browser, locale)).newPage();
      await viewer.goto(shareUrl);
      await expect(viewer).toHaveURL(new RegExp(`/${locale}/p/${plan.id}$`));
      await waitForRole(viewer, "viewer");
      await expect(viewer.getByTestId("plan-band")).toHaveAttribute("data-band", ownerBand ?? "");
      await expect(viewer.getByTestId("plan-band")).toHaveText(ownerBandText);
      await expect(viewer.getByTestId("owner-controls")).toHaveCount(0);
      await expect(viewer.getByTestId("delete-plan")).toHaveCount(0);
      // The private owner link exists only in the owner's browser; the share link has a QR code.
      await expect(viewer.getByTestId("owner-link-panel")).toHaveCount(0);
      expect(await viewer.content()).not.toContain(plan.editToken);
      await expect(viewer.getByTestId("plan-qr")).toHaveAttribute("data-qr-value", shareUrl);
      // The phone's share sheet is offered exactly where the browser has one.
      const canShare = await viewer.evaluate(() => typeof navigator.share === "function");
      await expect(viewer.getByTestId("native-share")).toHaveCount(canShare ? 1 : 0);
      const boxes = viewer.getByRole("checkbox");
      for (const box of await boxes.all()) await expect(box).toBeDisabled();

      // The API refuses the viewer too: no token, no change.
      const patch = await viewer.request.patch(`/api/plans/${plan.id}`, { data: { checklist: {} } });
      expect(patch.status()).toBe(401);
      const edit = await viewer.request.patch(`/api/plans/${plan.id}`, {
        headers: { Authorization: "Bearer " + "A".repeat(43) },
        data: { profile: typical },
      });
      expect(edit.status()).toBe(401);
      expect(((await (await request.get(`/api/plans/${plan.id}`)).json()) as { snapshots: unknown[] }).snapshots).toHaveLength(1);
      const del = await viewer.request.delete(`/api/plans/${plan.id}`);
      expect(del.status()).toBe(401);
      expect((await request.get(`/api/plans/${plan.id}`)).status()).toBe(200);
    });

    test("the owner ticks a step, it stays ticked after a reload, and delete removes the plan", async ({ browser, request }) => {
      const plan = await createPlanViaApi(request, multiLender);
      const page = await (await newOwner(browser, locale, plan)).newPage();
      await page.goto(planPath(locale, plan.id));
      await waitForRole(page, "owner");

      const first = page.getByRole("checkbox").first();
      await expect(first).toBeEnabled();
      await first.check();
      await expect(page.locator("[data-status=saved]").first()).toBeVisible();
      await page.reload();
      await waitForRole(page, "owner");
      await expect(page.getByRole("checkbox").first()).toBeChecked();
      const stored = (await (await request.get(`/api/plans/${plan.id}`)).json()) as { checklist: Record<string, boolean> };
      expect(Object.values(stored.checklist)).toContain(true);

      await openFold(page, "manage"); // managing the plan waits folded at the end of the page
      await page.getByTestId("delete-plan").click();
      await expect(page.getByTestId("delete-dialog")).toBeVisible();
      await page.getByTestId("delete-confirm").click();
      await expect(page).toHaveURL(new RegExp(`/${locale}/?$`));
      expect((await request.get(`/api/plans/${plan.id}`)).status()).toBe(404);
      // Every link to it is gone: the plan, the print page, the owner link.
      for (const path of [planPath(locale, plan.id), `${planPath(locale, plan.id)}/print`, `${planPath(locale, plan.id)}#owner=${plan.editToken}`]) {
        const gone = await page.goto(path);
        expect(gone?.status(), path).toBe(404);
      }
    });
  });
}
