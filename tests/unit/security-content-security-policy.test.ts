import { describe, expect, it } from "vitest";
import { API_CONTENT_SECURITY_POLICY, contentSecurityPolicy, createNonce } from "@/lib/security/content-security-policy";

const directives = (csp: string) => new Map(csp.split("; ").map((d) => [d.split(" ")[0], d.split(" ").slice(1).join(" ")]));

describe("contentSecurityPolicy", () => {
  const production = directives(contentSecurityPolicy("abc123==", { development: false, https: false }));

  it("lets scripts run only with the nonce, and loads nothing from elsewhere", () => {
    expect(production.get("script-src")).toBe("'self' 'nonce-abc123==' 'strict-dynamic'");
    expect(production.get("default-src")).toBe("'self'");
    expect(production.get("connect-src")).toBe("'self'");
    expect(production.get("img-src")).toBe("'self' data: blob:");
    expect(production.get("font-src")).toBe("'self'");
    expect(production.get("object-src")).toBe("'none'");
    expect(production.get("base-uri")).toBe("'none'");
    expect(production.get("form-action")).toBe("'self'");
    expect(production.get("frame-ancestors")).toBe("'none'");
    expect(production.get("style-src")).toBe("'self' 'nonce-abc123=='");
  });

  it("allows eval only in development", () => {
    expect(production.get("script-src")).not.toContain("unsafe-eval");
    const dev = directives(contentSecurityPolicy("n", { development: true, https: false }));
    expect(dev.get("script-src")).toContain("'unsafe-eval'");
    // The dev overlay's own <style> elements carry no nonce.
    expect(dev.get("style-src")).toBe("'self' 'unsafe-inline'");
    expect(production.get("style-src")).not.toContain("unsafe-inline");
    expect(production.get("style-src-attr")).toBe("'unsafe-inline'");
  });

  it("upgrades insecure requests only in production over https", () => {
    expect(production.has("upgrade-insecure-requests")).toBe(false);
    expect(contentSecurityPolicy("n", { development: false, https: true })).toContain("upgrade-insecure-requests");
    expect(contentSecurityPolicy("n", { development: true, https: true })).not.toContain("upgrade-insecure-requests");
  });

  it("gives the API a policy that allows nothing", () => {
    expect(API_CONTENT_SECURITY_POLICY).toBe("default-src 'none'; frame-ancestors 'none'");
  });
});

describe("createNonce", () => {
  it("is 128 random bits in base64, different every time", () => {
    const nonces = new Set(Array.from({ length: 100 }, createNonce));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) {
      expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
      expect(Buffer.from(nonce, "base64")).toHaveLength(16);
    }
  });
});
