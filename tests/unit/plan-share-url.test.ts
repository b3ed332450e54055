import { describe, expect, it } from "vitest";
import { planPath, requestOrigin, shareUrl } from "@/components/plan/share-url";

const headers = (init: Record<string, string>) => new Headers(init);

describe("shareUrl", () => {
  it("has no locale in the path, so each visitor lands in their own language", () => {
    expect(shareUrl(headers({ host: "liftplan.example", "x-forwarded-proto": "https" }), "abc_-9", undefined)).toBe(
      "https://liftplan.example/p/abc_-9",
    );
    expect(planPath("a/b")).toBe("/p/a%2Fb");
  });

  it("prefers the forwarded host and protocol, first value only", () => {
    const h = headers({ host: "10.0.0.5:3000", "x-forwarded-host": "plan.example, proxy.local", "x-forwarded-proto": "https,http" });
    expect(requestOrigin(h)).toBe("https://plan.example");
  });

  it("guesses http for a local host and https elsewhere when no protocol is forwarded", () => {
    expect(requestOrigin(headers({ host: "localhost:3301" }))).toBe("http://localhost:3301");
    expect(requestOrigin(headers({ host: "127.0.0.1:3301" }))).toBe("http://127.0.0.1:3301");
    expect(requestOrigin(headers({ host: "plan.example" }))).toBe("https://plan.example");
  });

  it("never echoes a hostile host header; falls back to the bare path", () => {
    expect(shareUrl(headers({ host: 'evil.example"><script>' }), "id1", undefined)).toBe("/p/id1");
    expect(shareUrl(headers({}), "id1", undefined)).toBe("/p/id1");
    expect(requestOrigin(headers({ host: "ok.example", "x-forwarded-proto": "javascript" }))).toBe("https://ok.example");
  });

  it("uses the configured public origin when there is a valid one, like the API's url", () => {
    const h = headers({ host: "10.0.0.5:3000" });
    expect(shareUrl(h, "id1", "https://plan.example/ignored/path")).toBe("https://plan.example/p/id1");
    expect(shareUrl(h, "id1", "not a url")).toBe("https://10.0.0.5:3000/p/id1");
    expect(shareUrl(h, "id1", "  ")).toBe("https://10.0.0.5:3000/p/id1");
  });
});
