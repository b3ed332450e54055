import { describe, expect, it } from "vitest";
import { contentSecurityPolicy } from "@/lib/security/content-security-policy";
import { nonceOf, restamp } from "@/lib/page-cache/nonce";

describe("nonceOf", () => {
  it("reads the script nonce of the page policy", () => {
    expect(nonceOf(contentSecurityPolicy("abc+/=", { development: false, https: false }))).toBe("abc+/=");
  });

  it("is null without a policy or without a script nonce", () => {
    expect(nonceOf(null)).toBeNull();
    expect(nonceOf("default-src 'none'; frame-ancestors 'none'")).toBeNull();
    expect(nonceOf("style-src 'nonce-abc'")).toBeNull();
  });
});

describe("restamp", () => {
  it("replaces every occurrence", () => {
    expect(restamp(`<a nonce="X1">X1</a>`, "X1", "Y2")).toBe(`<a nonce="Y2">Y2</a>`);
  });
});
