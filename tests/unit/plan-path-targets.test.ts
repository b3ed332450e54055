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
      { band: "B3", route: routes[0], soonerWithPlan: null },
      { band: "B4", route: routes[2], soonerWithPlan: null },
      { band: "B5", route: null, soonerWithPlan: null },
    ]);
  });

  it("nothing to pick at the top band; every band from B1 when paused; routes below today are ignored", () => {
    expect(targetChoices("B5", routes)).toEqual([]);
    expect(targetChoices("B0", []).map((c) => c.band)).toEqual(["B1", "B2", "B3", "B4", "B5"]);
    expect(targetChoices("B3", routes).map((c) => c.band)).toEqual(["B4", "B5"]);
  });

  it("says when the whole plan reaches a band sooner than its fewest-steps route", () => {
    const path = [
      { month: 0 as const, score: 59, band: "B2" as const, done: [] },
      { month: 1 as const, score: 68, band: "B3" as const, done: ["enable-autopay", "link-bills"] },
      { month: 3 as const, score: 74, band: "B4" as const, done: ["enable-autopay", "link-bills", "link-cards"] },
    ];
    const slow: Route[] = [
      { band: "B3", month: 6, steps: [] },
      { band: "B4", month: 3, steps: ["link-cards"] },
    ];
    expect(targetChoices("B2", slow, path).map((c) => [c.band, c.soonerWithPlan])).toEqual([
      ["B3", 1],
      ["B4", null],
      ["B5", null],
    ]);
  });
});
