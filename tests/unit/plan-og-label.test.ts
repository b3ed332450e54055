import { describe, expect, it } from "vitest";
import { ogBandLabel } from "@/lib/plans/og-label";

describe("ogBandLabel", () => {
  it("writes the band range in Latin letters and digits only", () => {
    expect(ogBandLabel({ id: "B3", min: 20_000, max: 50_000 })).toBe("B3 · ¥20,000–50,000");
    expect(ogBandLabel({ id: "B5", min: 100_000, max: 200_000 })).toBe("B5 · ¥100,000–200,000");
    expect(ogBandLabel({ id: "B0", min: 0, max: 0 })).toBe("B0 · ¥0");
  });
});
