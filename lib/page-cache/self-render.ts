// A fresh render of a page by this same server: a loopback request that the proxy lets through to the
// page itself (RENDER_DIRECT_HEADER), carrying only the visitor's language and browser: the page names the
// app's one origin (lib/http/origin.ts) whatever Host or X-Forwarded-* a visitor or a proxy sent. Where
// this server reaches itself comes from the same module (selfOrigin).
import http from "node:http";
import { RENDER_DIRECT_HEADER } from "./protocol";

export interface RenderedPage {
  status: number;
  headers: Headers;
  body: string;
}

const FORWARDED = ["accept-language", "user-agent"];
const TIMEOUT_MS = 15_000;

export function renderSelf(origin: string, path: string, from: Headers): Promise<RenderedPage> {
  const headers: Record<string, string> = { [RENDER_DIRECT_HEADER]: "1" };
  for (const name of FORWARDED) {
    const value = from.get(name);
    if (value !== null) headers[name] = value;
  }
  return new Promise((resolve, reject) => {
    const request = http.get(new URL(path, origin), { headers, timeout: TIMEOUT_MS }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("error", reject);
      response.on("end", () => {
        const out = new Headers();
        for (const [name, value] of Object.entries(response.headers)) {
          if (value !== undefined) out.set(name, Array.isArray(value) ? value.join(", ") : value);
        }
        resolve({ status: response.statusCode ?? 502, headers: out, body: Buffer.concat(chunks).toString("utf8") });
      });
    });
    request.on("timeout", () => request.destroy(new Error("render timed out")));
    request.on("error", reject);
  });
}

const UNREACHABLE = new Set(["ECONNREFUSED", "ENOTFOUND", "EADDRNOTAVAIL", "EHOSTUNREACH", "ENETUNREACH", "EAI_AGAIN"]);

/** Whether a failed render means this server cannot reach itself at all (not merely a slow render). */
export function isUnreachable(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && UNREACHABLE.has(code);
}
