// A shared link shows no one's finances (contract v2, "Pages v2"): the bytes a stranger gets for the plan
// page (inline React data included), its print and edit pages, the link preview, the API, the export and
// the calendar contain none of the plan's amounts, before and after an edit. The owner's browser sees
// them; "share my answers" shows them to everyone and turning it off hides them again. A sole trader's
// revenue, payments received and business purchases follow the same rule: on the owner's plan, in the
// part that says what holds the band, and in nobody else's copy unless shared.
import { expect, test, type APIRequestContext } from "@playwright/test";
import { editedProfile, leakedIn, privateBusinessProfile, privateProfile } from "@/tests/fixtures/distinctive-amounts";
import type { Profile } from "@/lib/profile/schema";
import { text } from "./catalogue";
import { createPlanViaApi, LOCALES, newOwner, newVisitor, planPath, shareAnswers, waitForRole, type CreatedPlan, openFold, openFolds } from "./fixtures";

const HTML = { Accept: "text/html" };

/** Everything a stranger can fetch about the plan, as one text; each fetch must succeed as expected. */
async function strangersBytes(request: APIRequestContext, plan: CreatedPlan, shared = false): Promise<string> {
  const parts: string[] = [];
  for (const locale of LOCALES) {
    // Twice: a fresh render (stored) and the stored copy.
    for (const path of [planPath(locale, plan.id), planPath(locale, plan.id), `${planPath(locale, plan.id)}/print`, `${planPath(locale, plan.id)}/edit`]) {
      const response = await request.get(path, { headers: HTML });
      expect(response.status(), path).toBe(200);
      parts.push(await response.text());
    }
    const image = await request.get(`${planPath(locale, plan.id)}/opengraph-image`);
    expect(image.status()).toBe(200);
    parts.push((await image.body()).toString("latin1"));
    const ics = await request.get(`/api/plans/${plan.id}/calendar.ics?lang=${locale}`);
    expect(ics.status()).toBe(200);
    parts.push(await ics.text());
  }
  const api = await request.get(`/api/plans/${plan.id}`);
  expect(api.status()).toBe(200);
  parts.push(await api.text());
  const exported = await request.get(`/api/plans/${plan.id}/export`);
  expect(exported.status()).toBe(shared ? 200 : 401);
  parts.push(await exported.text());
  return parts.join("\n");
}

async function patchPlan(request: APIRequestContext, plan: CreatedPlan, data: { profile?: Profile; shareDetails?: boolean }) {
  const response = await request.patch(`/api/plans/${plan.id}`, { data, headers: { Authorization: `Bearer ${plan.editToken}` } });
  expect(response.status()).toBe(200);
}

test("a stranger gets none of the amounts, before and after an edit; a wrong token is 401", async ({ request }) => {
  const plan = await createPlanViaApi(request, privateProfile);
  expect(leakedIn(await strangersBytes(request, plan), privateProfile)).toEqual([]);
  await patchPlan(request, plan, { profile: editedProfile });
  const after = await strangersBytes(request, plan);
  expect(leakedIn(after, privateProfile)).toEqual([]);
  expect(leakedIn(after, editedProfile)).toEqual([]);

  const other = await createPlanViaApi(request, privateProfile);
  const wrong = await request.get(`/api/plans/${plan.id}`, { headers: { Authorization: `Bearer ${other.editToken}` } });
  expect(wrong.status()).toBe(401);
  const owner = await request.get(`/api/plans/${plan.id}`, { headers: { Authorization: `Bearer ${plan.editToken}` } });
  expect(leakedIn(await owner.text(), editedProfile)).toContain("24683");
});

for (const locale of LOCALES) {
  test(`the owner sees the amounts; "share my answers" shows them and hides them again (${locale})`, async ({ browser, request }) => {
    const plan = await createPlanViaApi(request, privateProfile);
    const owner = await (await newOwner(browser, locale, plan)).newPage();
    await owner.goto(planPath(locale, plan.id));
    await waitForRole(owner, "owner");
    // The owner's own figures arrive in the browser (fetched with the token), the what-if with them.
    await expect(owner.locator("[data-testid$='-personal']").first()).toBeVisible();
    await expect(owner.getByTestId("whatif")).toBeVisible();
    await openFolds(owner); // the area scores, with the owner's figures, are folded
    expect(leakedIn(await owner.locator("body").innerText(), privateProfile).length).toBeGreaterThan(0);
    await expect(owner.getByTestId("plan-details-hidden")).toBeHidden();

    // The edit page carries no answers; the owner's browser loads them with the token, then shows the form.
    const loaded = owner.waitForResponse((r) => new URL(r.url()).pathname === `/api/plans/${plan.id}` && r.request().method() === "GET");
    await owner.goto(`${planPath(locale, plan.id)}/edit`);
    const response = await loaded;
    expect(response.request().headers().authorization).toBe(`Bearer ${plan.editToken}`);
    expect(leakedIn(await response.text(), privateProfile)).toContain("23457");
    await expect(owner.getByRole("radio").first()).toBeVisible();

    // A stranger's browser: the read-only view in general words, no what-if, no JSON download.
    const viewer = await (await newVisitor(browser, locale)).newPage();
    await viewer.goto(planPath(locale, plan.id));
    await waitForRole(viewer, "viewer");
    await expect(viewer.getByTestId("plan-details-hidden")).toBeVisible();
    await expect(viewer.getByTestId("whatif")).toHaveCount(0);
    await expect(viewer.getByTestId("export-json")).toHaveCount(0);
    expect(leakedIn(await viewer.content(), privateProfile)).toEqual([]);
    await viewer.goto(`${planPath(locale, plan.id)}/edit`);
    await expect(viewer.getByTestId("not-owner")).toBeVisible();
    expect(leakedIn(await viewer.content(), privateProfile)).toEqual([]);

    // The owner turns on "share my answers" (off by default, explained in plain words).
    await owner.goto(planPath(locale, plan.id));
    await waitForRole(owner, "owner");
    await openFold(owner, "share");
    const toggle = owner.getByTestId("share-details-toggle");
    await expect(toggle).not.toBeChecked();
    await toggle.check();
    await expect(toggle).toBeChecked();
    await expect.poll(async () => ((await (await request.get(`/api/plans/${plan.id}`)).json()) as { shareDetails: boolean }).shareDetails).toBe(true);
    const shared = await strangersBytes(request, plan, true);
    expect(leakedIn(shared, privateProfile)).toContain("23457");
    await viewer.goto(planPath(locale, plan.id));
    await expect(viewer.getByTestId("whatif")).toBeVisible();
    await expect(viewer.getByTestId("plan-details-hidden")).toHaveCount(0);

    // … and off again: hidden from everyone once more.
    await owner.getByTestId("share-details-toggle").uncheck();
    await expect.poll(async () => ((await (await request.get(`/api/plans/${plan.id}`)).json()) as { shareDetails: boolean }).shareDetails).toBe(false);
    expect(leakedIn(await strangersBytes(request, plan), privateProfile)).toEqual([]);
  });
}

for (const locale of LOCALES) {
  test(`a sole trader's revenue shows on the owner's plan and in no stranger's copy (${locale})`, async ({ browser, request }) => {
    const plan = await createPlanViaApi(request, privateBusinessProfile);
    const business = privateBusinessProfile.business!;
    // Nothing of the business's figures in anything a stranger can fetch, nor the block that holds them.
    expect(leakedIn(await strangersBytes(request, plan), privateBusinessProfile)).toEqual([]);
    const served = await (await request.get(planPath(locale, plan.id), { headers: HTML })).text();
    expect(served).not.toContain('data-testid="limit-business"');

    // The owner's browser: the revenue, the payments and the purchases (against revenue) where the band is explained.
    const owner = await (await newOwner(browser, locale, plan)).newPage();
    await owner.goto(planPath(locale, plan.id));
    await waitForRole(owner, "owner");
    const lines = owner.getByTestId("limit-summary").getByTestId("limit-business");
    await expect(lines).toBeVisible();
    await expect(lines.getByTestId("limit-business-revenue")).toHaveText(text(locale, "limit.business.perMonth", { amount: "¥67,891" }));
    await expect(lines.getByTestId("limit-business-payments")).toContainText(String(business.paymentsReceived));
    await expect(lines.getByTestId("limit-business-purchases")).toHaveText(
      text(locale, "limit.business.purchasesShare", { amount: "¥25,913", pct: 38 }),
    );
    // Said plainly: the revenue is not the owner's income, which is what the income ceiling reads.
    await expect(lines).toContainText(text(locale, "limit.business.use", { income: "¥23,457" }));

    // A stranger's browser: not there, even after scripts ran.
    const viewer = await (await newVisitor(browser, locale)).newPage();
    await viewer.goto(planPath(locale, plan.id));
    await waitForRole(viewer, "viewer");
    await expect(viewer.getByTestId("limit-business")).toHaveCount(0);
    expect(leakedIn(await viewer.content(), privateBusinessProfile)).toEqual([]);

    // Shared by the owner: then in the page everyone is served.
    await shareAnswers(request, plan);
    const shared = await (await request.get(planPath(locale, plan.id), { headers: HTML })).text();
    expect(shared).toContain('data-testid="limit-business"');
    expect(leakedIn(shared, privateBusinessProfile)).toEqual(expect.arrayContaining(["¥67,891", "38%"]));
    await viewer.reload();
    await expect(viewer.getByTestId("limit-business-revenue")).toHaveText(text(locale, "limit.business.perMonth", { amount: "¥67,891" }));
  });
}
