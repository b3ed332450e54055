// Behind a TLS-terminating proxy, as docs/deploy.md's nginx example sets it up (Host $host,
// X-Forwarded-Proto $scheme), and with whatever a client adds (X-Forwarded-Host, Forwarded): no page
// answers 5xx, and no link names a host a request made up. Malformed paths and TRACE are 4xx; no
// internal header goes out.
import http from "node:http";
import { expect, test } from "@playwright/test";
import { typical } from "@/tests/fixtures/profiles";
import { E2E_PORT } from "./server-env";
import { createPlanViaApi } from "./fixtures";

const PROXY_HEADERS = {
  Host: "liftplan.example",
  "X-Forwarded-Proto": "https",
  "X-Forwarded-For": "203.0.113.50",
  "X-Forwarded-Host": "evil.example",
  Forwarded: "for=198.51.100.1;host=evil.example;proto=https",
};

function raw(method: string, path: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request({ host: "127.0.0.1", port: E2E_PORT, method, path, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString("utf8") }));
    });
    request.on("error", reject);
    request.end();
  });
}

test("the proxy's headers on every page: no 5xx, no made-up host in any link, no internal header", async ({ request }) => {
  const plan = await createPlanViaApi(request, typical);
  const pages = [
    "/",
    "/en",
    "/zh-CN",
    "/en/questionnaire",
    "/zh-CN/privacy",
    `/p/${plan.id}`,
    ...["en", "zh-CN"].flatMap((l) => [`/${l}/p/${plan.id}`, `/${l}/p/${plan.id}`, `/${l}/p/${plan.id}/print`, `/${l}/p/${plan.id}/edit`, `/${l}/p/${plan.id}/opengraph-image`]),
    "/en/p/AAAAAAAAAAAAAAAAAAAAAAAA",
    "/en/no-such-page",
    "/api/schema",
    `/api/plans/${plan.id}`,
    `/api/plans/${plan.id}/calendar.ics`,
  ];
  for (const accept of ["text/html", "*/*"]) {
    for (const path of pages) {
      const response = await raw("GET", path, { ...PROXY_HEADERS, Accept: accept });
      expect(response.status, `${path} (${accept})`).toBeLessThan(500);
      expect(response.body, path).not.toContain("evil.example");
      expect(response.body, path).not.toContain("liftplan.example");
      expect(response.headers["x-middleware-rewrite"], path).toBeUndefined();
    }
  }
  // The plan page itself is served (not an error page).
  const page = await raw("GET", `/en/p/${plan.id}`, { ...PROXY_HEADERS, Accept: "text/html" });
  expect(page.status).toBe(200);
  expect(page.body).toContain(`http://127.0.0.1:${E2E_PORT}/p/${plan.id}`);
});

test("malformed percent-encoding and TRACE: 4xx, never a 500", async () => {
  for (const path of ["/%zz", "/en/%E0%A4%A", "/en/p/%zz", "/api/plans/%E0%A4%A", "/api/%zz", "/_next/%zz", "/%"]) {
    const response = await raw("GET", path, { Accept: "text/html" });
    expect(response.status, path).toBeGreaterThanOrEqual(400);
    expect(response.status, path).toBeLessThan(500);
    expect(response.body).not.toMatch(/\n\s+at /);
  }
  for (const path of ["/", "/en", "/api/schema"]) {
    const response = await raw("TRACE", path);
    expect(response.status).toBe(405);
    expect(response.headers.allow).toContain("GET");
  }
});
