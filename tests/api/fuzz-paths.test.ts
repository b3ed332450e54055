// The request line itself, fuzzed against a real Node server with the app's server guard in front
// (lib/http/server-guard.ts, installed by instrumentation.ts in every server process): malformed
// percent-encoding and methods the app never answers get a plain 4xx, never reach the app, and log
// nothing; proxy headers are dropped and the connection's address is stamped, whatever the client sent.
// The same requests against the built app are in tests/e2e/proxy-headers.spec.ts.
import http from "node:http";
import type { AddressInfo } from "node:net";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { PEER_ADDRESS_HEADER } from "@/lib/http/peer-address";
import { earlyRefusal, installServerGuard } from "@/lib/http/server-guard";
import { malformedPercentPath } from "./fuzz-inputs";

const scale = Math.max(0.01, Number(process.env.FUZZ_SCALE) || 1);
const runs = (n: number) => ({ numRuns: Math.max(1, Math.round(n * scale)) });

let server: http.Server;
let port = 0;
const seen: http.IncomingHttpHeaders[] = [];
let cases = 0;
let serverErrors = 0;

beforeAll(async () => {
  installServerGuard();
  // Stands in for Next: it decodes the path as Next does (a malformed one would throw: a 500) and sets
  // the internal rewrite header Next sets on a rewritten page.
  server = http.createServer((request, response) => {
    seen.push({ ...request.headers });
    try {
      decodeURIComponent((request.url ?? "/").split("?")[0]!);
    } catch {
      response.writeHead(500).end("URIError");
      return;
    }
    response.setHeader("x-middleware-rewrite", "/en/p/x/cached");
    response.writeHead(200, { "content-type": "text/plain" }).end("ok");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  console.log(`fuzz paths: ${cases} cases, ${serverErrors} server errors`);
  await new Promise((resolve) => server.close(resolve));
});

function send(method: string, path: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request({ host: "127.0.0.1", port, method, path, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => {
        cases++;
        if ((response.statusCode ?? 0) >= 500) serverErrors++;
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString("utf8") });
      });
    });
    request.on("error", reject);
    request.end();
  });
}

describe("server guard", () => {
  it("malformed percent-encoding in the path: 400, never reaching the app, nothing logged", async () => {
    const logged = vi.spyOn(console, "error");
    await fc.assert(
      fc.asyncProperty(malformedPercentPath, fc.constantFrom("GET", "POST", "PATCH", "HEAD", "DELETE"), async (path, method) => {
        const before = seen.length;
        const response = await send(method, path);
        expect(response.status).toBe(400);
        expect(seen.length).toBe(before);
        expect(response.body).not.toMatch(/Error|\n\s+at /);
      }),
      runs(300),
    );
    expect(logged).not.toHaveBeenCalled();
    logged.mockRestore();
  });

  it("TRACE, TRACK, CONNECT and other unknown methods: 405 with Allow, never reaching the app", async () => {
    const trace = await send("TRACE", "/en");
    expect(trace.status).toBe(405);
    expect(trace.headers.allow).toBe("GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS");
    for (const method of ["TRACE", "TRACK", "PROPFIND", "MKCOL", "LOCK", "SEARCH", "PURGE", "COPY"]) {
      const before = seen.length;
      const response = await send(method, "/api/plans");
      // Node's own parser answers 400 to a method it does not know at all (TRACK); the guard 405 to the rest.
      expect([400, 405], method).toContain(response.status);
      expect(seen.length).toBe(before);
    }
    expect(earlyRefusal("CONNECT", "127.0.0.1:443")).toMatchObject({ status: 405 });
    expect(earlyRefusal("GET", "/en/p/abc?x=%zz")).toBeNull(); // the query is the page's to read
  });

  it("drops X-Forwarded-Proto/-Host/-Port and Forwarded, keeps X-Forwarded-For, stamps the real peer", async () => {
    const response = await send("GET", "/en/p/abc", {
      "x-forwarded-proto": "https",
      "x-forwarded-host": "evil.example",
      "x-forwarded-port": "443",
      forwarded: "for=1.2.3.4;host=evil.example;proto=https",
      "x-forwarded-for": "198.51.100.7",
      [PEER_ADDRESS_HEADER]: "203.0.113.99",
    });
    expect(response.status).toBe(200);
    const headers = seen.at(-1)!;
    expect(headers["x-forwarded-proto"]).toBeUndefined();
    expect(headers["x-forwarded-host"]).toBeUndefined();
    expect(headers["x-forwarded-port"]).toBeUndefined();
    expect(headers.forwarded).toBeUndefined();
    expect(headers["x-forwarded-for"]).toBe("198.51.100.7");
    expect(headers[PEER_ADDRESS_HEADER]).toBe("127.0.0.1");
    // Next's internal rewrite header does not go out.
    expect(response.headers["x-middleware-rewrite"]).toBeUndefined();
    expect(serverErrors).toBe(0);
  });
});
