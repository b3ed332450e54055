import { describe, expect, it } from "vitest";
import { originOf, ownerLink, readOwnerFragment } from "@/lib/http/owner-link";
import { dimensionChanges } from "@/lib/plan-path/area-changes";
import { sinceLastTime } from "@/lib/plan-path/since-last-time";

const token = "AbCdEfGhIjKlMnOpQrStUv_-0123456789abcdefghi";

describe("owner link", () => {
  it("carries the token only in the fragment", () => {
    const link = ownerLink("https://example.org", "zh-CN", "plan_1", token);
    const url = new URL(link);
    expect(url.pathname).toBe("/zh-CN/p/plan_1");
    expect(url.search).toBe("");
    expect(url.hash).toBe(`#owner=${token}`);
  });

  it("reads a token back from the fragment, and nothing from other fragments", () => {
    expect(readOwnerFragment(`#owner=${token}`)).toEqual({ kind: "token", token });
    expect(readOwnerFragment("")).toEqual({ kind: "none" });
    expect(readOwnerFragment("#history-heading")).toEqual({ kind: "none" });
    expect(readOwnerFragment("#owner=")).toEqual({ kind: "malformed" });
    expect(readOwnerFragment("#owner=<script>")).toEqual({ kind: "malformed" });
  });

  it("takes the origin of an absolute share link, or the page's own for a relative one", () => {
    expect(originOf("https://liftplan.example/p/x", "http://localhost:3000")).toBe("https://liftplan.example");
    expect(originOf("/p/x", "http://localhost:3000")).toBe("http://localhost:3000");
  });
});

describe("since last time", () => {
  const dims = (repayment: number, borrowing: number) => [
    { id: "repayment" as const, score: repayment, weight: 0.5 },
    { id: "borrowing" as const, score: borrowing, weight: 0.5 },
  ];

  it("compares the newest scoring with the one before, whatever order they come in", () => {
    const change = sinceLastTime([
      { at: "2026-03-01T00:00:00Z", score: 60, band: "B3" },
      { at: "2026-01-01T00:00:00Z", score: 40, band: "B1" },
      { at: "2026-02-01T00:00:00Z", score: 52, band: "B2" },
    ]);
    expect(change).toMatchObject({ previousAt: "2026-02-01T00:00:00Z", scoreFrom: 52, scoreTo: 60, scoreDelta: 8, bandFrom: "B2", bandTo: "B3" });
    expect(change?.dimensions).toBeNull();
  });

  it("has nothing to say with a single scoring", () => {
    expect(sinceLastTime([{ at: "2026-01-01T00:00:00Z", score: 40, band: "B1" }])).toBeNull();
  });

  it("gives per-area changes when both scorings' areas are known", () => {
    const change = sinceLastTime(
      [
        { at: "2026-01-01T00:00:00Z", score: 40, band: "B1", dimensions: dims(50, 70) },
        { at: "2026-02-01T00:00:00Z", score: 45, band: "B1" },
      ],
      dims(80, 60),
    );
    expect(change?.dimensions).toEqual([
      { id: "repayment", from: 50, to: 80, delta: 30 },
      { id: "borrowing", from: 70, to: 60, delta: -10 },
    ]);
    expect(dimensionChanges(dims(1, 2).slice(0, 1), dims(3, 4))).toEqual([{ id: "repayment", from: 1, to: 3, delta: 2 }]);
  });
});
