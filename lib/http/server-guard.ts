// A guard in front of Next's request handling, installed once per server process (instrumentation.ts):
// - every request is stamped with the address of its connection (peer-address.ts), for the rate limit;
// - methods the app never answers (TRACE, TRACK, CONNECT, …) get a plain 405, and a path whose
//   percent-encoding is malformed (`%zz`, a cut `%E0%A4%A`) a plain 400, before Next tries to decode
//   it and fails with a 500 and a logged stack trace. Nothing about the request is logged;
// - the proxy headers X-Forwarded-Proto/-Host/-Port and Forwarded are dropped: the app builds links on its
//   one origin (lib/http/origin.ts) and never reads them, while Next would build its own internal URLs on
//   them (an https one for a plain-HTTP loopback rewrite: every plan page a 500). X-Forwarded-For stays
//   for the rate limit behind a trusted proxy;
// - Next's own internal response header naming a rewrite's target is not sent out.
import http from "node:http";
import { PEER_ADDRESS_HEADER } from "./peer-address";

export const ALLOWED_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];

/** The early answer for a request line the app cannot serve, or null to let Next handle it. */
export function earlyRefusal(method: string | undefined, url: string | undefined): { status: 400 | 405; message: string } | null {
  if (!method || !ALLOWED_METHODS.includes(method)) return { status: 405, message: "Method not allowed." };
  const path = (url ?? "/").split("?")[0] ?? "/";
  try {
    decodeURIComponent(path);
  } catch {
    return { status: 400, message: "Malformed percent-encoding in the path." };
  }
  return null;
}

const DROPPED_REQUEST_HEADERS = ["x-forwarded-proto", "x-forwarded-host", "x-forwarded-port", "forwarded"];
const INTERNAL_RESPONSE_HEADERS = new Set(["x-middleware-rewrite"]);

function withoutInternalHeaders(response: http.ServerResponse): void {
  const setHeader = response.setHeader;
  response.setHeader = function (this: http.ServerResponse, name: string, value: number | string | readonly string[]) {
    return INTERNAL_RESPONSE_HEADERS.has(name.toLowerCase()) ? this : setHeader.call(this, name, value);
  } as typeof response.setHeader;
}

const INSTALLED = Symbol.for("liftplan.serverGuard");

export function installServerGuard(): void {
  const proto = http.Server.prototype as http.Server & { [INSTALLED]?: true };
  if (proto[INSTALLED]) return;
  proto[INSTALLED] = true;
  const emit = proto.emit;
  proto.emit = function guardedEmit(this: http.Server, event: string | symbol, ...args: unknown[]): boolean {
    if (event === "request") {
      const [request, response] = args as [http.IncomingMessage, http.ServerResponse];
      const refusal = earlyRefusal(request.method, request.url);
      if (refusal) {
        response.writeHead(refusal.status, {
          "content-type": "text/plain; charset=utf-8",
          "cache-control": "no-store",
          "x-content-type-options": "nosniff",
          ...(refusal.status === 405 && { allow: ALLOWED_METHODS.join(", ") }),
        });
        response.end(request.method === "HEAD" ? undefined : `${refusal.message}\n`);
        return true;
      }
      request.headers[PEER_ADDRESS_HEADER] = request.socket.remoteAddress ?? "";
      for (const name of DROPPED_REQUEST_HEADERS) delete request.headers[name];
      withoutInternalHeaders(response);
    }
    return (emit as (this: http.Server, event: string | symbol, ...rest: unknown[]) => boolean).call(this, event, ...args);
  } as typeof proto.emit;
}
