import { describe, expect, it } from "vitest";
import { listenOrigin, originWarning, publicOrigin } from "@/lib/http/origin";

describe("the one public origin", () => {
  it("is PUBLIC_ORIGIN when valid, else where the server listens", () => {
    expect(publicOrigin({ PUBLIC_ORIGIN: "https://liftplan.example/some/path" })).toBe("https://liftplan.example");
    expect(publicOrigin({ PUBLIC_ORIGIN: "ftp://x.example", __NEXT_PRIVATE_ORIGIN: "http://localhost:3300" })).toBe("http://localhost:3300");
    expect(listenOrigin({ PORT: "8080" })).toBe("http://localhost:8080");
    expect(listenOrigin({ PORT: "http://evil" })).toBe("http://localhost:3000");
  });

  it("warns plainly when PUBLIC_ORIGIN is missing or unusable, and only then", () => {
    expect(originWarning({ PUBLIC_ORIGIN: "https://liftplan.example" })).toBeNull();
    expect(originWarning({})).toMatch(/^PUBLIC_ORIGIN is not set: share links will name http:\/\/localhost:3000/);
    expect(originWarning({ PUBLIC_ORIGIN: "not a url", PORT: "4000" })).toMatch(/not a valid http\(s\) address: .*http:\/\/localhost:4000/);
  });
});
