import { afterEach, describe, expect, it, vi } from "vitest";
import { defaultBusiness, defaultProfile, type Profile } from "@/lib/profile";
import { interpretResponse, readIssues, submitPlan, toPayload } from "@/components/questionnaire/submit-plan";

afterEach(() => vi.unstubAllGlobals());

describe("toPayload", () => {
  it("sends business details only for business use", () => {
    const personal = { ...defaultProfile, business: defaultBusiness } as Profile;
    expect(toPayload(personal)).not.toHaveProperty("business");
    const business: Profile = { ...defaultProfile, purpose: "business", business: defaultBusiness };
    expect(toPayload(business).business).toEqual(defaultBusiness);
  });
});

describe("interpretResponse", () => {
  it("reads a created plan", () => {
    expect(interpretResponse(201, { id: "p1", url: "http://x/p/p1", editToken: "tok" })).toEqual({
      kind: "saved",
      id: "p1",
      editToken: "tok",
    });
    expect(interpretResponse(200, { id: "p1" })).toEqual({ kind: "saved", id: "p1", editToken: undefined });
  });

  it("turns validation issues into dotted field paths", () => {
    const body = {
      error: "invalid_profile",
      message: "bad",
      issues: [
        { path: ["finances", "usedLimit"], message: "too much" },
        { path: [], message: "whole" },
        { path: "nope", message: "skipped" },
        { message: "skipped" },
      ],
    };
    expect(interpretResponse(400, body)).toEqual({
      kind: "invalid",
      message: "bad",
      issues: [
        { path: "finances.usedLimit", message: "too much" },
        { path: "", message: "whole" },
      ],
    });
    expect(readIssues(null)).toEqual([]);
  });

  it("maps a PATCH's issue paths, which start with profile, onto the form's fields", () => {
    const body = { error: "invalid_request", issues: [{ path: ["profile", "finances", "usedLimit"], message: "too much" }] };
    expect(interpretResponse(400, body, "profile")).toMatchObject({ issues: [{ path: "finances.usedLimit" }] });
    expect(readIssues(body)).toEqual([{ path: "profile.finances.usedLimit", message: "too much" }]);
  });

  it("names the other failures", () => {
    expect(interpretResponse(401, {}).kind).toBe("unauthorized");
    expect(interpretResponse(404, null).kind).toBe("not_found");
    expect(interpretResponse(429, {}).kind).toBe("rate_limited");
    expect(interpretResponse(500, { message: "boom" })).toEqual({ kind: "failed", message: "boom" });
    expect(interpretResponse(201, "weird").kind).toBe("failed");
  });
});

describe("submitPlan", () => {
  it("creates with POST, the profile as body and the page's language", async () => {
    const fetchMock = vi.fn(async () => new Response(JSON.stringify({ id: "p1", editToken: "t" }), { status: 201 }));
    vi.stubGlobal("fetch", fetchMock);
    const outcome = await submitPlan({ mode: "create", locale: "zh-CN", profile: defaultProfile });
    expect(outcome).toEqual({ kind: "saved", id: "p1", editToken: "t" });
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe("/api/plans");
    expect(init.method).toBe("POST");
    expect((init.headers as Record<string, string>)["Accept-Language"]).toBe("zh-CN");
    expect(JSON.parse(String(init.body))).toEqual(defaultProfile);
  });

  it("edits with PATCH, the bearer token and { profile }", async () => {
    const fetchMock = vi.fn(async () => new Response(JSON.stringify({ id: "p/1" }), { status: 200 }));
    vi.stubGlobal("fetch", fetchMock);
    await submitPlan({ mode: "edit", locale: "en", profile: defaultProfile, planId: "p/1", token: "secret" });
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe("/api/plans/p%2F1");
    expect(init.method).toBe("PATCH");
    expect((init.headers as Record<string, string>).Authorization).toBe("Bearer secret");
    expect(JSON.parse(String(init.body))).toEqual({ profile: defaultProfile });
  });

  it("reports a network failure and a non-JSON error page", async () => {
    vi.stubGlobal("fetch", vi.fn(async () => Promise.reject(new TypeError("offline"))));
    expect((await submitPlan({ mode: "create", locale: "en", profile: defaultProfile })).kind).toBe("network");
    vi.stubGlobal("fetch", vi.fn(async () => new Response("<html>", { status: 502 })));
    expect(await submitPlan({ mode: "create", locale: "en", profile: defaultProfile })).toEqual({ kind: "failed", message: undefined });
  });
});
