import { afterEach, describe, expect, it, vi } from "vitest";
import { POST as createRoute } from "@/app/api/plans/route";
import { GET } from "@/app/api/plans/[id]/route";
import { defaultProfile } from "@/lib/profile/defaults";
import { apiRequest, expectError, routeContext, useTempDatabase } from "./helpers";

// The "database file" is a folder, so opening it fails: an error the handlers do not expect.
const { dir } = useTempDatabase("internal", { open: false });
// The rate limit's store is the same unusable database; it would log its own line (and let the request
// through). Off here, so the one line checked is the handler's.
process.env.RATE_LIMIT_PLANS_PER_MINUTE = "0";
process.env.DATABASE_URL = `file:${dir}`;

afterEach(() => vi.restoreAllMocks());

describe("unexpected errors", () => {
  it("500 internal: a plain message in the caller's language, no internals, only the error's name logged", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const response = await createRoute(apiRequest("POST", "/api/plans", { json: defaultProfile, lang: "zh-CN" }));
    const body = await expectError(response, 500, "internal");
    expect(body).toEqual({ error: "internal", message: "服务器出了点问题，请稍后再试。" });

    expect(log).toHaveBeenCalledTimes(1);
    const logged = log.mock.calls[0]!.join(" ");
    expect(logged).toMatch(/^\[api\] POST \/api\/plans: unexpected \w+$/);
    expect(logged).not.toContain(dir);
  });

  it("does not log the plan id either", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const id = "AAAAAAAAAAAAAAAAAAAAAAAA";
    const body = await expectError(await GET(apiRequest("GET", `/api/plans/${id}`), routeContext(id)), 500, "internal");
    expect(body.message).toBe("Something went wrong on our side. Please try again in a moment.");
    expect(log.mock.calls.flat().join(" ")).not.toContain(id);
  });
});
