import { afterEach, describe, expect, it, vi } from "vitest";
import { deletePlan, outcomeFor, patchChecklist } from "@/components/plan/owner/plan-api";

afterEach(() => vi.unstubAllGlobals());

describe("outcomeFor", () => {
  it("maps statuses to what the owner controls do next", () => {
    expect(outcomeFor(200)).toEqual({ ok: true });
    expect(outcomeFor(204)).toEqual({ ok: true });
    expect(outcomeFor(401)).toEqual({ ok: false, reason: "unauthorized" });
    expect(outcomeFor(404)).toEqual({ ok: false, reason: "not_found" });
    expect(outcomeFor(400)).toEqual({ ok: false, reason: "failed" });
    expect(outcomeFor(500)).toEqual({ ok: false, reason: "failed" });
  });
});

describe("owner calls", () => {
  it("PATCH sends only the changed item, the bearer token and the locale", async () => {
    const fetchMock = vi.fn(async () => new Response("{}", { status: 200 }));
    vi.stubGlobal("fetch", fetchMock);
    const outcome = await patchChecklist("plan1", "tok", "zh-CN", { "enable-autopay": true });
    expect(outcome).toEqual({ ok: true });
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe("/api/plans/plan1");
    expect(init.method).toBe("PATCH");
    expect(JSON.parse(String(init.body))).toEqual({ checklist: { "enable-autopay": true } });
    const headers = init.headers as Record<string, string>;
    expect(headers.Authorization).toBe("Bearer tok");
    expect(headers["Accept-Language"]).toBe("zh-CN");
    expect(headers["Content-Type"]).toBe("application/json");
  });

  it("DELETE reports a network failure instead of throwing", async () => {
    vi.stubGlobal("fetch", vi.fn(async () => Promise.reject(new TypeError("offline"))));
    await expect(deletePlan("plan1", "tok", "en")).resolves.toEqual({ ok: false, reason: "failed" });
  });
});
