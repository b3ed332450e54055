// Fuzzes every route that takes input with hostile requests (generators in fuzz-inputs.ts). Each answer
// must be a 4xx in the contract's error shape, with no internals in it, and the database must stay
// exactly as it was. The count of cases and of server errors is printed at the end.
// FUZZ_SCALE (default 1) multiplies the number of cases, e.g. FUZZ_SCALE=10 for a long run.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as createRoute } from "@/app/api/plans/route";
import { DELETE, GET, PATCH } from "@/app/api/plans/[id]/route";
import { POST as scoreRoute } from "@/app/api/score/route";
import { API_ERRORS, MAX_BODY_BYTES } from "@/lib/http";
import { defaultProfile } from "@/lib/profile/defaults";
import {
  acceptLanguage,
  anyJsonText,
  badContentType,
  brokenPatchText,
  brokenProfileText,
  forgedAuthorization,
  hugeBodyText,
  malformedJsonText,
  oddBytes,
  oddId,
  prototypeKeyBody,
  refusedPatch,
  refusedProfile,
} from "./fuzz-inputs";
import { apiRequest, dbState, ORIGIN, routeContext, useTempDatabase } from "./helpers";

process.env.RATE_LIMIT_PLANS_PER_MINUTE = "0"; // every request must reach validation
const { file } = useTempDatabase("fuzz");
const scale = Math.max(0.01, Number(process.env.FUZZ_SCALE) || 1);
const runs = (n: number) => ({ numRuns: Math.max(1, Math.round(n * scale)) });
const TIMEOUT = 120_000;

let cases = 0;
let serverErrors = 0;
let baseline: Awaited<ReturnType<typeof dbState>>;
let plan: { id: string; editToken: string };
let other: { id: string; editToken: string };

beforeAll(async () => {
  const create = async () => {
    const response = await createRoute(apiRequest("POST", "/api/plans", { json: defaultProfile }));
    expect(response.status).toBe(201);
    return (await response.json()) as { id: string; editToken: string };
  };
  plan = await create();
  other = await create();
  baseline = await dbState(file);
  expect(baseline.plans).toBe(2);
});

afterAll(() => {
  console.log(`fuzz: ${cases} cases, ${serverErrors} server errors`);
});

// ---- how a body travels: a string, raw bytes, or a stream of chunks; Content-Length true, lying or absent
type Transport = { kind: "string" | "bytes" | "stream"; chunk: number; length: "none" | "true" | "small" | "huge" | "junk" };
const transport: fc.Arbitrary<Transport> = fc.record({
  kind: fc.constantFrom("string", "bytes", "stream"),
  chunk: fc.integer({ min: 1, max: 70_000 }),
  length: fc.constantFrom("none", "none", "true", "small", "huge", "junk"),
});

function bodyOf(bytes: Uint8Array, t: Transport): { body: BodyInit; headers: Record<string, string> } {
  const headers: Record<string, string> = {};
  if (t.length === "true") headers["content-length"] = String(bytes.byteLength);
  if (t.length === "small") headers["content-length"] = "2";
  if (t.length === "huge") headers["content-length"] = "99999999999";
  if (t.length === "junk") headers["content-length"] = "abc";
  if (t.kind === "string") return { body: decode(bytes), headers };
  if (t.kind === "bytes") return { body: bytes as Uint8Array<ArrayBuffer>, headers };
  let offset = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (offset >= bytes.byteLength) return controller.close();
      controller.enqueue(bytes.slice(offset, offset + t.chunk));
      offset += t.chunk;
    },
  });
  return { body: stream, headers };
}

/** The body size the server sees (a string body is re-encoded as UTF-8, replacing invalid bytes). */
function sentSize(bytes: Uint8Array, t: Transport): number {
  return t.kind === "string" ? Buffer.byteLength(decode(bytes)) : bytes.byteLength;
}

/** 413 when the declared or actual size is over the limit, else the given status. */
function sizeAware(bytes: Uint8Array, t: Transport, otherwise: number): number {
  return t.length === "huge" || sentSize(bytes, t) > MAX_BODY_BYTES ? 413 : otherwise;
}

const encode = (text: string) => new TextEncoder().encode(text);
// Keeps a leading byte-order mark: the string must carry exactly the bytes generated.
const decode = (bytes: Uint8Array) => new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);

// ---- the checks every answer must pass
const LEAK = /Error:|\n\s+at |node_modules|\/(?:work|home|tmp|usr|var)\/|\.m?[jt]sx?:\d+|prisma|sqlite|postgres|undefined/i;

async function expectRefusal(run: () => Promise<Response>, expected: number | number[]): Promise<void> {
  cases++;
  const response = await run();
  if (response.status >= 500) serverErrors++;
  const statuses = Array.isArray(expected) ? expected : [expected];
  const text = await response.text();
  if (!statuses.includes(response.status)) throw new Error(`status ${response.status}, expected ${statuses.join("/")}: ${text.slice(0, 300)}`);
  expect(response.headers.get("content-type")).toMatch(/^application\/json/);
  expect(response.headers.get("cache-control")).toBe("no-store");
  const body = JSON.parse(text) as { error: string; message: string; issues?: { path: unknown[]; message: string }[] };
  expect(Object.keys(body).every((key) => ["error", "message", "issues"].includes(key))).toBe(true);
  expect(API_ERRORS[body.error as keyof typeof API_ERRORS]).toBe(response.status);
  expect(typeof body.message).toBe("string");
  expect(body.message.trim().length).toBeGreaterThan(5);
  expect(body.message).not.toMatch(LEAK);
  if (body.issues !== undefined) {
    expect(Array.isArray(body.issues) && body.issues.length > 0).toBe(true);
    for (const issue of body.issues) {
      expect(Array.isArray(issue.path)).toBe(true);
      expect(typeof issue.message).toBe("string");
      expect(issue.message.length).toBeGreaterThan(0);
      // Issue messages may quote the client's own unknown keys; they must never carry a stack.
      expect(issue.message).not.toMatch(/\n\s+at |node_modules/);
    }
  }
  if (response.status === 401) expect(response.headers.get("www-authenticate")).toMatch(/^Bearer /);
  if (response.status === 429) throw new Error("rate limit reached during fuzzing");
  expect(await dbState(file)).toEqual(baseline);
}

const planPath = (id: string) => {
  try {
    return `/api/plans/${encodeURIComponent(id)}`;
  } catch {
    return "/api/plans/x"; // a lone surrogate cannot be put in a URL; the handler still gets the raw id
  }
};

type Send = (init: { body?: BodyInit; headers: Record<string, string>; contentType?: string | null; lang: string }) => Promise<Response>;

const routes: Record<"score" | "create" | "patch", Send> = {
  score: (o) => scoreRoute(apiRequest("POST", "/api/score", o)),
  create: (o) => createRoute(apiRequest("POST", "/api/plans", o)),
  patch: (o) =>
    PATCH(apiRequest("PATCH", planPath(plan.id), { ...o, headers: { ...o.headers, authorization: `Bearer ${plan.editToken}` } }), routeContext(plan.id)),
};

describe("API fuzz: every hostile request gets a 4xx in the error shape and changes nothing", () => {
  const profileText = fc.oneof(brokenProfileText, brokenProfileText, malformedJsonText, anyJsonText).filter(refusedProfile);

  for (const route of ["score", "create"] as const) {
    it(`POST ${route === "score" ? "/api/score" : "/api/plans"}: broken profiles, malformed and odd JSON`, { timeout: TIMEOUT }, async () => {
      await fc.assert(
        fc.asyncProperty(profileText, transport, acceptLanguage, async (text, t, lang) => {
          const bytes = encode(text);
          const { body, headers } = bodyOf(bytes, t);
          await expectRefusal(() => routes[route]({ body, headers, lang }), sizeAware(bytes, t, 400));
        }),
        runs(2000),
      );
    });
  }

  it("PATCH /api/plans/{id} with the right token: broken patches, malformed and odd JSON", { timeout: TIMEOUT }, async () => {
    const patchText = fc.oneof(brokenPatchText, brokenPatchText, malformedJsonText, anyJsonText).filter(refusedPatch);
    await fc.assert(
      fc.asyncProperty(patchText, transport, acceptLanguage, async (text, t, lang) => {
        const bytes = encode(text);
        const { body, headers } = bodyOf(bytes, t);
        await expectRefusal(() => routes.patch({ body, headers, lang }), sizeAware(bytes, t, 400));
      }),
      runs(2000),
    );
  });

  it("__proto__, constructor and prototype keys anywhere in a body: 400 naming the key", { timeout: TIMEOUT }, async () => {
    await fc.assert(
      fc.asyncProperty(prototypeKeyBody, acceptLanguage, async ({ route, text, path }, lang) => {
        let issues: { path: unknown[] }[] | undefined;
        await expectRefusal(async () => {
          const response = await routes[route]({ body: text, headers: {}, lang });
          issues = ((await response.clone().json()) as { issues?: { path: unknown[] }[] }).issues;
          return response;
        }, 400);
        expect(issues?.map((issue) => issue.path)).toEqual([path]);
      }),
      runs(300),
    );
  });

  it("bytes that are not UTF-8 JSON, on every route that reads a body", { timeout: TIMEOUT }, async () => {
    await fc.assert(
      fc.asyncProperty(oddBytes, fc.constantFrom("score", "create", "patch" as const), transport, async (bytes, route, t) => {
        const kind = t.kind === "string" ? "bytes" : t.kind; // keep the bytes as they are
        const { body, headers } = bodyOf(bytes, { ...t, kind });
        await expectRefusal(() => routes[route]({ body, headers, lang: "zh-CN" }), sizeAware(bytes, { ...t, kind }, 400));
      }),
      runs(900),
    );
  });

  it("bodies over 64 KB: 413, whatever Content-Length claims and however the body is chunked", { timeout: TIMEOUT }, async () => {
    await fc.assert(
      fc.asyncProperty(hugeBodyText, fc.constantFrom("score", "create", "patch" as const), transport, async (text, route, t) => {
        const bytes = encode(text);
        const { body, headers } = bodyOf(bytes, t);
        await expectRefusal(() => routes[route]({ body, headers, lang: "en" }), sizeAware(bytes, t, 400));
      }),
      runs(300),
    );
  });

  it("a valid body under a media type that is not JSON in UTF-8: 415", { timeout: TIMEOUT }, async () => {
    await fc.assert(
      fc.asyncProperty(badContentType, fc.constantFrom("score", "create", "patch" as const), acceptLanguage, async (contentType, route, lang) => {
        const json = route === "patch" ? { checklist: { "link-bills": true } } : defaultProfile;
        await expectRefusal(() => routes[route]({ body: JSON.stringify(json), headers: {}, contentType, lang }), 415);
      }),
      runs(1500),
    );
  });

  it("PATCH and DELETE with a forged, missing or malformed token: 401", { timeout: TIMEOUT }, async () => {
    await fc.assert(
      fc.asyncProperty(forgedAuthorization(plan.editToken, other.editToken), fc.boolean(), acceptLanguage, async (authorization, patching, lang) => {
        const headers: Record<string, string> = authorization === null ? {} : { authorization };
        const request = patching
          ? apiRequest("PATCH", planPath(plan.id), { json: { profile: { ...defaultProfile, purpose: "personal" }, checklist: { "link-bills": true } }, headers, lang })
          : apiRequest("DELETE", planPath(plan.id), { headers, lang });
        await expectRefusal(() => (patching ? PATCH : DELETE)(request, routeContext(plan.id)), 401);
      }),
      runs(1500),
    );
  });

  it("GET, PATCH and DELETE on ids that name no plan: 404, with or without a valid token", { timeout: TIMEOUT }, async () => {
    await fc.assert(
      fc.asyncProperty(oddId(plan.id), fc.constantFrom("GET", "PATCH", "DELETE"), fc.constantFrom(plan.editToken, null), async (id, method, token) => {
        const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
        const request = apiRequest(method, planPath(id), { headers, ...(method === "PATCH" ? { json: { checklist: { "link-bills": true } } } : {}) });
        const handler = method === "GET" ? GET : method === "PATCH" ? PATCH : DELETE;
        await expectRefusal(() => handler(request, routeContext(id)), 404);
      }),
      runs(1500),
    );
  });

  it("the seeded plans are still there, unchanged, and readable", async () => {
    const response = await GET(apiRequest("GET", `/api/plans/${plan.id}`, { token: plan.editToken }), routeContext(plan.id));
    expect(response.status).toBe(200);
    expect(((await response.json()) as { profile: unknown }).profile).toEqual(defaultProfile);
    // Without the token, the viewer's view: no answers.
    const viewer = await GET(apiRequest("GET", `/api/plans/${plan.id}`), routeContext(plan.id));
    expect(((await viewer.json()) as { profile: unknown }).profile).toBeNull();
    expect(await dbState(file)).toEqual(baseline);
    expect(serverErrors).toBe(0);
    expect(ORIGIN).toMatch(/^http:/);
  });
});
