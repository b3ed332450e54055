import { describe, expect, it } from "vitest";
import { planPath, shareUrl } from "@/lib/http/plan-url";

describe("shareUrl", () => {
  it("is the plan's unprefixed path on PUBLIC_ORIGIN when it is set", () => {
    expect(shareUrl("abc_-9", { PUBLIC_ORIGIN: "https://plan.example/ignored/path" })).toBe("https://plan.example/p/abc_-9");
    expect(planPath("a/b")).toBe("/p/a%2Fb");
  });

  it("falls back to the address the server listens on, never to anything a request says", () => {
    expect(shareUrl("id1", { __NEXT_PRIVATE_ORIGIN: "http://localhost:3301" })).toBe("http://localhost:3301/p/id1");
    expect(shareUrl("id1", { PUBLIC_ORIGIN: "not a url", PORT: "3300" })).toBe("http://localhost:3300/p/id1");
    expect(shareUrl("id1", { PUBLIC_ORIGIN: "javascript:alert(1)" })).toBe("http://localhost:3000/p/id1");
    expect(shareUrl("id1", { PUBLIC_ORIGIN: "  " })).toBe("http://localhost:3000/p/id1");
  });
});
