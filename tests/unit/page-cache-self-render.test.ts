import { describe, expect, it } from "vitest";
import { selfOrigin } from "@/lib/http/origin";

describe("where the server renders its own pages from", () => {
  it("uses the origin next start records, else its port on loopback, else nothing", () => {
    expect(selfOrigin({ __NEXT_PRIVATE_ORIGIN: "http://localhost:3000", PORT: "3000" })).toBe("http://localhost:3000");
    expect(selfOrigin({ PORT: "3123" })).toBe("http://127.0.0.1:3123");
    expect(selfOrigin({})).toBeNull();
    expect(selfOrigin({ PORT: "http://evil" })).toBeNull();
  });
});

describe("a render that could not happen", () => {
  it("counts as unreachable only when no connection could be made", async () => {
    const { isUnreachable } = await import("@/lib/page-cache/self-render");
    expect(isUnreachable(Object.assign(new Error("refused"), { code: "ECONNREFUSED" }))).toBe(true);
    expect(isUnreachable(new Error("render timed out"))).toBe(false);
    expect(isUnreachable(Object.assign(new Error("reset"), { code: "ECONNRESET" }))).toBe(false);
    expect(isUnreachable(null)).toBe(false);
  });

  it("is refused on a port nothing listens on", async () => {
    const { isUnreachable, renderSelf } = await import("@/lib/page-cache/self-render");
    const error = await renderSelf("http://127.0.0.1:1", "/en/p/x", new Headers()).catch((e: unknown) => e);
    expect(isUnreachable(error)).toBe(true);
  });
});
