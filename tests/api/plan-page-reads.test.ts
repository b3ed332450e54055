// What a plan page's first view costs the database, counted on a client that logs every Prisma operation
// and every SQL statement: the proxy's cache check (one small read of the plan's version), the cache
// route (nothing: the proxy passes the version on), and the page's render (one query for everything it
// shows, through loadPlanPage). The one write a first view may make: moving "last opened" to now when it
// is older than a day, at most once a day per plan, done by whichever read comes first.
import { NextRequest } from "next/server";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Db } from "@/lib/db";
import { planPageCache } from "@/lib/page-cache";
import { cachedPlanPage } from "@/lib/page-cache/cache-route";
import { getPlanPage } from "@/lib/plans";
import { ON_POSTGRES, ORIGIN, createPlanThroughApi, rawSql, useTempDatabase } from "./helpers";

const counted = vi.hoisted(() => ({ operations: [] as string[], statements: [] as string[], renders: 0, client: null as null | { $disconnect(): Promise<void> } }));

// The app's own getDb, swapped for a client on the same database that counts what it is asked to do.
vi.mock("@/lib/db", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/db")>();
  let client: Promise<Db> | undefined;
  async function countingClient(): Promise<Db> {
    await real.getDb(); // creates the database and applies the migrations, as the app does on first use
    const target = real.databaseTarget();
    const log = [{ emit: "event" as const, level: "query" as const }];
    let base;
    if (target.kind === "postgres") {
      const [{ PrismaPg }, { PrismaClient }] = await Promise.all([import("@prisma/adapter-pg"), import("@/lib/db/generated-pg/client")]);
      base = new PrismaClient({ adapter: new PrismaPg({ connectionString: target.url }), log });
    } else {
      const [{ PrismaBetterSqlite3 }, { PrismaClient }] = await Promise.all([import("@prisma/adapter-better-sqlite3"), import("@/lib/db/generated/client")]);
      base = new PrismaClient({ adapter: new PrismaBetterSqlite3({ url: `file:${target.file}` }), log });
    }
    base.$on("query", (event: { query: string }) => counted.statements.push(event.query));
    counted.client = base;
    const extended = base.$extends({
      query: {
        $allOperations({ model, operation, args, query }) {
          counted.operations.push(`${model}.${operation}`);
          return query(args);
        },
      },
    });
    return extended as unknown as Db;
  }
  return { ...real, getDb: () => (client ??= countingClient()) };
});

// The page's render, as the plan page does it: its data through the loader, nothing else. (The real
// render is a request to this same server; here the route gets the page the loader's data would give.)
vi.mock("@/lib/page-cache/self-render", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/page-cache/self-render")>();
  const { getPlanPage: load } = await import("@/lib/plans");
  return {
    ...real,
    renderSelf: async (_origin: string, path: string) => {
      counted.renders++;
      const id = path.split("/").at(-1)!;
      const plan = await load(id);
      const nonce = "N0nceOfTheRender";
      return {
        status: plan ? 200 : 404,
        headers: new Headers({ "content-type": "text/html; charset=utf-8", "content-security-policy": `script-src 'nonce-${nonce}'` }),
        body: `<p>${plan?.result.score ?? "not found"}</p><script nonce="${nonce}"></script>`,
      };
    },
  };
});

process.env.RATE_LIMIT_PLANS_PER_MINUTE = "0";
const { file } = useTempDatabase("page-reads");
afterAll(async () => {
  await counted.client?.$disconnect();
});

const DAY = 86_400_000;
const stamp = (at: Date) => at.toISOString().replace("Z", "+00:00");

function reset() {
  counted.operations.length = 0;
  counted.statements.length = 0;
  counted.renders = 0;
}

/** What a step of the view asked the database for, and clears the count. */
function take(): { operations: string[]; statements: string[] } {
  const out = { operations: [...counted.operations], statements: [...counted.statements] };
  reset();
  return out;
}

/** A browser's first plain GET of the plan page, through the proxy's cache check. */
async function proxyStep(id: string): Promise<{ response: Response; forwarded: Headers }> {
  const request = new NextRequest(`${ORIGIN}/en/p/${id}`, { headers: { accept: "text/html", "accept-language": "en" } });
  const forwarded = new Headers(request.headers);
  forwarded.set("x-nonce", "N0nceOfTheVisit");
  const response = await planPageCache(request, { nonce: "N0nceOfTheVisit", csp: "script-src 'nonce-N0nceOfTheVisit'", forwarded });
  expect(response).not.toBeNull();
  return { response: response!, forwarded };
}

/** The cache route the proxy rewrote the request to, with the headers it passed on. */
const routeStep = (id: string, forwarded: Headers) => cachedPlanPage(new Request(`${ORIGIN}/en/p/${id}/cached`, { headers: forwarded }), "en", id);

const planRead = ["Plan.findUnique"];
// One Prisma query for the plan and its history: on PostgreSQL one statement (a lateral join); SQLite
// loads the snapshots with a second statement in process.
const planStatements = ON_POSTGRES ? 1 : 2;
const isWrite = (sql: string) => /^\s*(UPDATE|INSERT|DELETE)\b/i.test(sql);

describe("a plan page's first view", () => {
  beforeEach(reset);

  it("reads the plan's version once in the proxy, nothing in the cache route, and the plan once in the render", async () => {
    const { id } = await createPlanThroughApi();
    reset();

    const { response, forwarded } = await proxyStep(id);
    expect(response.headers.get("x-middleware-rewrite")).toContain(`/en/p/${id}/cached`);
    const proxy = take();
    expect(proxy.operations).toEqual(planRead);
    expect(proxy.statements).toHaveLength(1);

    const page = await routeStep(id, forwarded);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain(`nonce="N0nceOfTheVisit"`);
    expect(counted.renders).toBe(1);
    const render = take();
    // Everything here is the render's: the route itself read nothing.
    expect(render.operations).toEqual(planRead);
    expect(render.statements).toHaveLength(planStatements);
    expect(render.statements.some(isWrite)).toBe(false);

    // The next visit is answered from memory after the same one small read.
    const again = await proxyStep(id);
    expect(again.response.status).toBe(200);
    expect(again.response.headers.get("x-middleware-rewrite")).toBeNull();
    expect(take().operations).toEqual(planRead);
  });

  it("moves 'last opened' with one write when it is older than a day, and reads nothing more for it", async () => {
    const { id } = await createPlanThroughApi();
    const old = new Date(Date.now() - 3 * DAY);
    await rawSql(file, 'UPDATE "Plan" SET "lastViewedAt" = ? WHERE id = ?', [stamp(old), id]);
    reset();

    const { forwarded } = await proxyStep(id);
    const proxy = take();
    expect(proxy.operations).toEqual(["Plan.findUnique", "Plan.updateMany"]);
    expect(proxy.statements.filter(isWrite)).toHaveLength(1);

    expect((await routeStep(id, forwarded)).status).toBe(200);
    const render = take();
    expect(render.operations).toEqual(planRead);
    expect(render.statements).toHaveLength(planStatements);
  });

  it("costs the render one query when the page is rendered without the cache, the write included only when due", async () => {
    const { id } = await createPlanThroughApi();
    reset();
    const fresh = await getPlanPage(id);
    expect(fresh).not.toBeNull();
    const first = take();
    expect(first.operations).toEqual(planRead);
    expect(first.statements).toHaveLength(planStatements);

    const old = new Date(Date.now() - 3 * DAY);
    await rawSql(file, 'UPDATE "Plan" SET "lastViewedAt" = ? WHERE id = ?', [stamp(old), id]);
    reset();
    const opened = await getPlanPage(id);
    expect(take().operations).toEqual(["Plan.findUnique", "Plan.updateMany"]);
    // The page shows the date this opening moved it to, without reading it back.
    expect(Date.now() - opened!.lastViewedAt.getTime()).toBeLessThan(60_000);
  });

  it("an unknown plan: one read in the proxy, none in the route, and the render's own 404", async () => {
    const id = "AAAAAAAAAAAAAAAAAAAAAAAA";
    const { forwarded } = await proxyStep(id);
    expect(take().operations).toEqual(planRead);
    const page = await routeStep(id, forwarded);
    expect(page.status).toBe(404);
    expect(take().operations).toEqual(planRead);
  });
});
