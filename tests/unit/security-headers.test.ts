import { describe, expect, it } from "vitest";
import { securityHeaders } from "@/lib/security/security-headers";

const asMap = (production: boolean) => new Map(securityHeaders({ production }).map((h) => [h.key, h.value]));

describe("securityHeaders", () => {
  it("sets the headers every response needs", () => {
    const headers = asMap(false);
    expect(headers.get("Referrer-Policy")).toBe("no-referrer");
    expect(headers.get("X-Content-Type-Options")).toBe("nosniff");
    expect(headers.get("X-Frame-Options")).toBe("DENY");
    expect(headers.get("Cross-Origin-Opener-Policy")).toBe("same-origin");
  });

  it("switches off powerful features, keeping only clipboard writes for this site", () => {
    const policy = asMap(false).get("Permissions-Policy") ?? "";
    for (const feature of ["camera", "microphone", "geolocation", "payment", "usb", "interest-cohort"]) {
      expect(policy).toContain(`${feature}=()`);
    }
    expect(policy).toContain("clipboard-write=(self)");
    expect(policy).not.toContain("*");
  });

  it("sends HSTS only in production", () => {
    expect(asMap(false).has("Strict-Transport-Security")).toBe(false);
    expect(asMap(true).get("Strict-Transport-Security")).toBe("max-age=63072000; includeSubDomains");
  });
});
