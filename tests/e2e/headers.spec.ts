// Security headers on every page and API route; the page CSP's nonce on every script, fresh per response;
// no CSP violations, no requests to other origins and no cookies while the pages load and run.
import { expect, test, type APIResponse, type Page } from "@playwright/test";
import { soleTrader, typical } from "@/tests/fixtures/profiles";
import { createPlanViaApi, newVisitor, waitForRole, type CreatedPlan } from "./fixtures";

const STATIC_HEADERS: Record<string, string> = {
  "referrer-policy": "no-referrer",
  "x-content-type-options": "nosniff",
  "x-frame-options": "DENY",
  "cross-origin-opener-policy": "same-origin",
  // The suite runs `next start`, which is production.
  "strict-transport-security": "max-age=63072000; includeSubDomains",
};
const DENIED_FEATURES = ["camera", "microphone", "geolocation", "payment", "usb", "interest-cohort"];
const UNKNOWN_PLAN = "AAAAAAAAAAAAAAAAAAAAAA";

function expectStaticHeaders(response: APIResponse, what: string) {
  const headers = response.headers();
  for (const [name, value] of Object.entries(STATIC_HEADERS)) expect(headers[name], `${name} on ${what}`).toBe(value);
  const permissions = headers["permissions-policy"] ?? "";
  for (const feature of DENIED_FEATURES) expect(permissions, `Permissions-Policy on ${what}`).toContain(`${feature}=()`);
  expect(headers["set-cookie"], `Set-Cookie on ${what}`).toBeUndefined();
  expect(headers["x-powered-by"], `X-Powered-By on ${what}`).toBeUndefined();
}

/** The directives of a CSP header, by name. */
function directives(csp: string | undefined): Map<string, string[]> {
  return new Map(
    (csp ?? "")
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name as string, values]),
  );
}

/** Checks the page policy and returns its script nonce. */
function expectPagePolicy(response: APIResponse, what: string): string {
  const csp = directives(response.headers()["content-security-policy"]);
  const script = csp.get("script-src") ?? [];
  const nonceSource = script.find((s) => s.startsWith("'nonce-"));
  expect(nonceSource, `script nonce on ${what}`).toBeDefined();
  expect(script, `script-src on ${what}`).toEqual(["'self'", nonceSource, "'strict-dynamic'"]);
  expect(csp.get("default-src"), what).toEqual(["'self'"]);
  expect(csp.get("img-src"), what).toEqual(["'self'", "data:", "blob:"]);
  expect(csp.get("connect-src"), what).toEqual(["'self'"]);
  expect(csp.get("font-src"), what).toEqual(["'self'"]);
  expect(csp.get("object-src"), what).toEqual(["'none'"]);
  expect(csp.get("base-uri"), what).toEqual(["'none'"]);
  expect(csp.get("form-action"), what).toEqual(["'self'"]);
  expect(csp.get("frame-ancestors"), what).toEqual(["'none'"]);
  // Plain http here, so no upgrade-insecure-requests.
  expect(csp.has("upgrade-insecure-requests"), what).toBe(false);
  return nonceSource!.slice("'nonce-".length, -1);
}

/** Every <script> in the served HTML carries exactly this nonce. */
async function expectScriptsCarry(response: APIResponse, nonce: string, what: string) {
  const tags = (await response.text()).match(/<script\b[^>]*>/g) ?? [];
  expect(tags.length, `scripts on ${what}`).toBeGreaterThan(0);
  for (const tag of tags) expect(tag, `script on ${what}`).toContain(` nonce="${nonce}"`);
}

let plan: CreatedPlan;

test.beforeAll(async ({ request }) => {
  plan = await createPlanViaApi(request, soleTrader);
});

function pages() {
  return [
    { path: "/en", status: 200 },
    { path: "/zh-CN", status: 200 },
    { path: "/en/questionnaire", status: 200 },
    { path: `/zh-CN/p/${plan.id}`, status: 200 },
    { path: `/en/p/${plan.id}/print`, status: 200 },
    { path: "/en/privacy", status: 200 },
    { path: "/zh-CN/privacy", status: 200 },
    { path: `/en/p/${UNKNOWN_PLAN}`, status: 404 },
    { path: "/zh-CN/no-such-page", status: 404 },
  ];
}

test("every page sends the security headers and a nonce CSP that its scripts carry", async ({ request }) => {
  for (const { path, status } of pages()) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(status);
    expectStaticHeaders(response, path);
    const nonce = expectPagePolicy(response, path);
    await expectScriptsCarry(response, nonce, path);
  }
});

test("the nonce is fresh for every response", async ({ request }) => {
  const nonces = new Set<string>();
  for (let i = 0; i < 5; i++) {
    const response = await request.get("/en");
    const nonce = expectPagePolicy(response, "/en");
    await expectScriptsCarry(response, nonce, "/en");
    nonces.add(nonce);
  }
  expect(nonces.size).toBe(5);
});

test("the locale redirect sends the headers and no locale cookie", async ({ request }) => {
  for (const path of ["/", "/privacy", `/p/${plan.id}`]) {
    const response = await request.get(path, { maxRedirects: 0, headers: { "Accept-Language": "zh-CN" } });
    expect(response.status(), path).toBe(307);
    expect(response.headers()["location"], path).toBe(`/zh-CN${path === "/" ? "" : path}`);
    expectStaticHeaders(response, path);
    expectPagePolicy(response, path);
  }
});

test("every API route sends the security headers and a CSP that allows nothing", async ({ request }) => {
  const calls: { what: string; call: () => Promise<APIResponse>; status: number }[] = [
    { what: "POST /api/score", call: () => request.post("/api/score", { data: typical }), status: 200 },
    { what: "POST /api/plans", call: () => request.post("/api/plans", { data: typical }), status: 201 },
    { what: "GET /api/plans/{id}", call: () => request.get(`/api/plans/${plan.id}`), status: 200 },
    { what: "GET /api/schema", call: () => request.get("/api/schema"), status: 200 },
    { what: "POST /api/score (invalid)", call: () => request.post("/api/score", { data: { version: 1 } }), status: 400 },
    { what: "GET /api/plans/{unknown}", call: () => request.get(`/api/plans/${UNKNOWN_PLAN}`), status: 404 },
    {
      what: "DELETE /api/plans/{id} (no token)",
      call: () => request.delete(`/api/plans/${plan.id}`),
      status: 401,
    },
  ];
  for (const { what, call, status } of calls) {
    const response = await call();
    expect(response.status(), what).toBe(status);
    expectStaticHeaders(response, what);
    expect(response.headers()["content-security-policy"], what).toBe("default-src 'none'; frame-ancestors 'none'");
  }
});

/** Records CSP violations, page errors and every request's origin while the page is used. */
function watch(page: Page) {
  const problems: string[] = [];
  const origins = new Set<string>();
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) problems.push(`console: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`pageerror: ${error.message}`));
  page.on("request", (request) => {
    const url = new URL(request.url());
    // data: and blob: URLs never leave the browser.
    if (url.protocol === "http:" || url.protocol === "https:") origins.add(url.origin);
    else if (url.protocol !== "data:" && url.protocol !== "blob:") origins.add(url.href);
  });
  return { problems, origins };
}

test("pages run under the CSP: no violations, nothing from other origins, no cookies", async ({ browser, baseURL }) => {
  const context = await newVisitor(browser, "en");
  // Also catch violations the console might word differently (init scripts are not subject to the CSP).
  await context.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) =>
      console.error(`Content Security Policy violation: ${e.violatedDirective} ${e.blockedURI} on ${location.pathname}`),
    );
  });
  const page = await context.newPage();
  const { problems, origins } = watch(page);

  await page.goto("/en");
  await expect(page.getByTestId("start-questionnaire")).toBeVisible();

  await page.goto("/en/questionnaire");
  // data-ready is set by client code: the page's scripts ran.
  await expect(page.locator('form[data-testid="questionnaire"][data-ready="true"]')).toBeVisible();

  await page.goto(`/en/p/${plan.id}`);
  await waitForRole(page, "viewer");

  await page.goto(`/en/p/${plan.id}/print`);
  await expect(page.getByTestId("print-sheet")).toBeVisible();

  await page.goto(`/en/p/${UNKNOWN_PLAN}`);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");

  // The footer link and the language switch (client-side navigation) still work, without a cookie.
  await page.goto("/en");
  await page.getByTestId("privacy-link").click();
  await expect(page).toHaveURL(/\/en\/privacy$/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await page.getByTestId("language-switch").click();
  await expect(page).toHaveURL(/\/zh-CN\/privacy$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");

  // zod 4 would probe `new Function` before compiling fast parsers; the profile schema sets jitless so
  // no eval is ever attempted and the CSP reports nothing at all.
  expect(problems).toEqual([]);
  expect([...origins]).toEqual([new URL(baseURL!).origin]);
  expect(await context.cookies()).toEqual([]);
  await context.close();
});
