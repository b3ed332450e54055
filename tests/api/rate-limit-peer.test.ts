// The rate limit without a trusted proxy: clients are told apart by the address of their connection
// (stamped by the server guard), never by a header they send. One client's flood leaves others their saves.
import { describe, expect, it } from "vitest";
import { POST as createRoute } from "@/app/api/plans/route";
import { defaultProfile } from "@/lib/profile/defaults";
import { apiRequest, expectError, useTempDatabase } from "./helpers";

process.env.RATE_LIMIT_PLANS_PER_MINUTE = "3";
delete process.env.TRUST_PROXY;
useTempDatabase("rate-limit-peer");

const save = (peer: string, forwardedFor?: string) =>
  createRoute(apiRequest("POST", "/api/plans", { json: defaultProfile, peer, headers: forwardedFor ? { "x-forwarded-for": forwardedFor } : {} }));

describe("rate limit by connection address", () => {
  it("one client floods saves and another still saves; forged X-Forwarded-For changes nothing", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) statuses.push((await save("203.0.113.7", `198.51.100.${i}`)).status);
    expect(statuses.slice(0, 3)).toEqual([201, 201, 201]);
    expect(statuses.slice(3).every((s) => s === 429)).toBe(true);
    await expectError(await save("203.0.113.7"), 429, "rate_limited");

    // Someone else, on another connection, is not held back by the flood.
    expect((await save("192.0.2.44")).status).toBe(201);
    expect((await save("2001:db8::1")).status).toBe(201);
  });

  it("behind a trusted proxy (TRUST_PROXY=1) the client is the address the proxy appended last", async () => {
    process.env.TRUST_PROXY = "1";
    try {
      // All through one proxy connection; the first entries are the clients' own claims.
      const flood = [];
      for (let i = 0; i < 6; i++) flood.push((await save("10.0.0.1", `1.2.3.${i}, 203.0.113.80`)).status);
      expect(flood.slice(0, 3)).toEqual([201, 201, 201]);
      expect(flood.slice(3)).toEqual([429, 429, 429]);
      expect((await save("10.0.0.1", "203.0.113.81")).status).toBe(201);
    } finally {
      delete process.env.TRUST_PROXY;
    }
  });
});
