// Link previews and downloads of a plan: the Open Graph image (band and score only), noindex on every
// plan page, and the JSON and calendar files over real HTTP.
import { expect, test } from "@playwright/test";
import { typical } from "@/tests/fixtures/profiles";
import { createPlanViaApi, LOCALES } from "./fixtures";

const UNKNOWN = "AAAAAAAAAAAAAAAAAAAAAAAA";

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

for (const locale of LOCALES) {
  test(`plan pages carry noindex and an Open Graph image that is a 1200×630 PNG (${locale})`, async ({ page, request }) => {
    const plan = await createPlanViaApi(request, typical);
    await page.goto(`/${locale}/p/${plan.id}`);
    const image = await page.locator('meta[property="og:image"]').first().getAttribute("content");
    expect(image).toBeTruthy();
    const path = new URL(image!, "http://x").pathname;
    expect(path).toBe(`/${locale}/p/${plan.id}/opengraph-image`);

    const response = await request.get(new URL(image!, "http://x").pathname + new URL(image!, "http://x").search);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("image/png");
    expect(pngSize(await response.body())).toEqual({ width: 1200, height: 630 });

    for (const pagePath of [`/${locale}/p/${plan.id}`, `/${locale}/p/${plan.id}/print`, `/${locale}/p/${plan.id}/edit`]) {
      await page.goto(pagePath);
      await expect(page.locator('meta[name="robots"]'), pagePath).toHaveAttribute("content", /noindex/);
    }
  });
}

test("the Open Graph image of an unknown plan is a 404", async ({ request }) => {
  for (const locale of LOCALES) {
    expect((await request.get(`/${locale}/p/${UNKNOWN}/opengraph-image`)).status()).toBe(404);
    expect((await request.get(`/${locale}/p/not-a-plan/opengraph-image`)).status()).toBe(404);
  }
});

test("JSON export and calendar file download over HTTP", async ({ request }) => {
  const plan = await createPlanViaApi(request, typical);
  // The file carries the answers: the owner's token, or nothing without it (the answers are not shared).
  expect((await request.get(`/api/plans/${plan.id}/export`)).status()).toBe(401);
  const exported = await request.get(`/api/plans/${plan.id}/export`, { headers: { Authorization: `Bearer ${plan.editToken}` } });
  expect(exported.status()).toBe(200);
  expect(exported.headers()["content-disposition"]).toBe(`attachment; filename="liftplan-${plan.id}.json"`);
  expect(((await exported.json()) as { profile: unknown }).profile).toEqual(typical);

  const ics = await request.get(`/api/plans/${plan.id}/calendar.ics?lang=zh-CN`);
  expect(ics.status()).toBe(200);
  expect(ics.headers()["content-type"]).toBe("text/calendar; charset=utf-8");
  const text = await ics.text();
  expect(text.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
  expect(text).toContain("提额计划");

  expect((await request.get(`/api/plans/${UNKNOWN}/export`)).status()).toBe(404);
  expect((await request.get(`/api/plans/${UNKNOWN}/calendar.ics`)).status()).toBe(404);
});
