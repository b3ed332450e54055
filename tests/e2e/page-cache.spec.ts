// The plan-page cache (proxy.ts → app/[locale]/p/[id]/cached): a stored render is served only while the
// plan is unchanged, each response carries a nonce of its own, and what is served is what a fresh render
// would be. Also: what a visitor's browser makes of a page served from memory.
import { expect, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import { highDebt, typical } from "@/tests/fixtures/profiles";
import { CACHE_STATUS_HEADER, FROM_PROXY_HEADER, RENDER_DIRECT_HEADER } from "@/lib/page-cache/protocol";
import { createPlanViaApi, newVisitor, openFold, planPath, waitForRole } from "./fixtures";

const RENDER_DIRECT = { [RENDER_DIRECT_HEADER]: "1" }; // bypasses the cache

function nonceOf(response: APIResponse): string {
  const nonce = /'nonce-([^']+)'/.exec(response.headers()["content-security-policy"] ?? "")?.[1];
  expect(nonce, "a script nonce in the page policy").toBeTruthy();
  return nonce!;
}

/**
 * The page with its own nonce blanked out, to compare two responses: the markup outside scripts, and
 * the rows of the React Server Components payload sorted (two renders of the same page may stream
 * those rows in a different order, as their async parts finish).
 */
async function withoutNonce(response: APIResponse): Promise<{ markup: string; rows: string[] }> {
  const nonce = nonceOf(response);
  const html = await response.text();
  expect(html).toContain(`nonce="${nonce}"`);
  const page = html.split(nonce).join("NONCE");
  const payload = [...page.matchAll(/self\.__next_f\.push\((\[[\s\S]*?\])\)<\/script>/g)]
    .map((m) => JSON.parse(m[1]!) as [number, string?])
    .filter(([kind]) => kind === 1)
    .map(([, text]) => text ?? "")
    .join("");
  expect(payload.length).toBeGreaterThan(1000);
  return { markup: page.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, "<script>"), rows: payload.split("\n").sort() };
}

const get = (request: APIRequestContext, path: string, headers: Record<string, string> = {}) =>
  request.get(path, { headers: { Accept: "text/html", ...headers }, maxRedirects: 0 });

test("a stored page is served again with a fresh nonce and is exactly what a fresh render gives", async ({ request }) => {
  const plan = await createPlanViaApi(request, typical);
  const path = planPath("en", plan.id);
  const first = await get(request, path);
  expect(first.status()).toBe(200);
  expect(first.headers()[CACHE_STATUS_HEADER]).toBe("miss");
  const second = await get(request, path);
  expect(second.headers()[CACHE_STATUS_HEADER]).toBe("hit");
  const direct = await get(request, path, RENDER_DIRECT);
  expect(direct.headers()[CACHE_STATUS_HEADER]).toBeUndefined();

  const nonces = [first, second, direct].map(nonceOf);
  expect(new Set(nonces).size).toBe(3);
  const secondHtml = await second.text();
  // Every script of the served copy carries this response's nonce, none the nonce it was rendered with.
  for (const tag of secondHtml.match(/<script\b[^>]*>/g) ?? []) expect(tag).toContain(` nonce="${nonces[1]}"`);
  expect(secondHtml).not.toContain(nonces[0]);
  expect(await withoutNonce(second)).toEqual(await withoutNonce(direct));
  expect(second.headers()["content-type"]).toContain("text/html");
  expect(second.headers()["x-frame-options"]).toBe("DENY");
  expect(second.headers()["referrer-policy"]).toBe("no-referrer");
});

test("a change to the plan is shown at once, never the stored page", async ({ request }) => {
  const plan = await createPlanViaApi(request, typical);
  const path = planPath("zh-CN", plan.id);
  await get(request, path);
  const before = await get(request, path);
  expect(before.headers()[CACHE_STATUS_HEADER]).toBe("hit");
  const beforeHtml = await withoutNonce(before);

  const patch = await request.patch(`/api/plans/${plan.id}`, {
    headers: { Authorization: `Bearer ${plan.editToken}` },
    data: { profile: highDebt },
  });
  expect(patch.status()).toBe(200);
  const after = await get(request, path);
  expect(after.headers()[CACHE_STATUS_HEADER]).toBe("miss");
  const afterHtml = await withoutNonce(after);
  expect(afterHtml.markup).not.toBe(beforeHtml.markup);
  expect(afterHtml).toEqual(await withoutNonce(await get(request, path, RENDER_DIRECT)));

  // Ticking a box changes the plan too (the page carries the ticks).
  const tick = await request.patch(`/api/plans/${plan.id}`, {
    headers: { Authorization: `Bearer ${plan.editToken}` },
    data: { checklist: { "enable-autopay": true } },
  });
  expect(tick.status()).toBe(200);
  expect((await get(request, path)).headers()[CACHE_STATUS_HEADER]).toBe("miss");
});

test("a deleted plan is gone from the cache too", async ({ request }) => {
  const plan = await createPlanViaApi(request, typical);
  const path = planPath("en", plan.id);
  await get(request, path);
  expect((await get(request, path)).headers()[CACHE_STATUS_HEADER]).toBe("hit");
  const removed = await request.delete(`/api/plans/${plan.id}`, { headers: { Authorization: `Bearer ${plan.editToken}` } });
  expect(removed.status()).toBe(204);
  const gone = await get(request, path);
  expect(gone.status()).toBe(404);
  expect(gone.headers()[CACHE_STATUS_HEADER]).toBe("bypass");
  // The not-found page carries this response's nonce as well.
  const nonce = nonceOf(gone);
  for (const tag of (await gone.text()).match(/<script\b[^>]*>/g) ?? []) expect(tag).toContain(` nonce="${nonce}"`);
});

test("client navigation and the cache route itself are not served from the cache", async ({ request }) => {
  const plan = await createPlanViaApi(request, typical);
  const path = planPath("en", plan.id);
  // As Next's client sends it: RSC headers, a cache-busting parameter, and no Accept: text/html.
  const rsc = await request.get(path, { headers: { RSC: "1", "Next-Router-State-Tree": "%5B%22%22%2C%7B%7D%2Cnull%2Cnull%5D", Accept: "*/*" } });
  expect(rsc.status()).toBe(200);
  expect(rsc.headers()[CACHE_STATUS_HEADER]).toBeUndefined();
  expect(rsc.headers()["content-type"]).toContain("text/x-component");
  const byHand = await get(request, `${path}/cached`, { [FROM_PROXY_HEADER]: "1" });
  expect(byHand.status()).toBe(307);
  expect(byHand.headers()["location"]).toBe(path);
});

test("in a browser, a page served from memory runs: no CSP violation, the client parts work", async ({ browser, request }) => {
  const plan = await createPlanViaApi(request, typical);
  await get(request, planPath("en", plan.id));
  const context = await newVisitor(browser, "en");
  const page = await context.newPage();
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Content-Security-Policy/i.test(message.text())) violations.push(message.text());
  });
  const response = await page.goto(planPath("en", plan.id));
  expect(response?.headers()[CACHE_STATUS_HEADER]).toBe("hit");
  await waitForRole(page, "viewer");
  await openFold(page, "share");
  await page.getByTestId("print-link").click();
  await expect(page).toHaveURL(new RegExp(`/en/p/${plan.id}/print$`));
  expect(violations).toEqual([]);
  await context.close();
});
