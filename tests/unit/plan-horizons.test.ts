import { describe, expect, it } from "vitest";
import { groupByHorizon } from "@/lib/plans/horizons";
import type { Recommendation } from "@/lib/scoring/types";

const rec = (id: string, horizon: Recommendation["horizon"], impact = 3): Recommendation => ({
  id,
  horizon,
  effort: "low",
  impact,
});

describe("groupByHorizon", () => {
  it("puts now before 3m before long and keeps the ranking inside each group", () => {
    const ranked = [rec("a", "3m"), rec("b", "now"), rec("c", "long"), rec("d", "now"), rec("e", "3m")];
    const groups = groupByHorizon(ranked);
    expect(groups.map((g) => g.horizon)).toEqual(["now", "3m", "long"]);
    expect(groups.map((g) => g.items.map((r) => r.id))).toEqual([["b", "d"], ["a", "e"], ["c"]]);
  });

  it("leaves out empty horizons and loses nothing", () => {
    const ranked = [rec("x", "long"), rec("y", "long")];
    const groups = groupByHorizon(ranked);
    expect(groups).toHaveLength(1);
    expect(groups[0]?.horizon).toBe("long");
    expect(groups.flatMap((g) => g.items)).toHaveLength(ranked.length);
  });

  it("gives no groups for no recommendations", () => {
    expect(groupByHorizon([])).toEqual([]);
  });
});
