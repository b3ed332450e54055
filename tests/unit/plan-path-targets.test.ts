import { describe, expect, it } from "vitest";
import { targetChoices } from "@/lib/plan-path/targets";
import type { Route } from "@/lib/scoring/types";

describe("targetChoices", () => {
  const routes: Route[] = [
    { band: "B3", month: 1, steps: ["enable-autopay"] },
    { band: "B4", month: 12, steps: ["enable-autopay", "grow-savings"] },
    { band: "B4", month: 6, steps: ["enable-autopay", "pause-applications", "link-bills"] },
  ];

  it("every band above today's, with its route or none", () => {
    expect(targetChoices("B2", routes)).toEqual([
      { band: "B3", route: routes[0] },
      { band: "B4", route: routes[2] },
      { band: "B5", route: null },
    ]);
  });

  it("nothing to pick at the top band; every band from B1 when paused; routes below today are ignored", () => {
    expect(targetChoices("B5", routes)).toEqual([]);
    expect(targetChoices("B0", []).map((c) => c.band)).toEqual(["B1", "B2", "B3", "B4", "B5"]);
    expect(targetChoices("B3", routes).map((c) => c.band)).toEqual(["B4", "B5"]);
  });
});
