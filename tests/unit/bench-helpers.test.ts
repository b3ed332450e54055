// The benchmark's own arithmetic and its edit of docs/benchmarks.md: wrong here means wrong figures there.
import { describe, expect, it } from "vitest";
import { replaceSection } from "../bench/markdown-section";
import { median, percentile } from "../bench/stats";

describe("percentiles (nearest rank)", () => {
  it("returns measured values: median and p99", () => {
    const values = Array.from({ length: 100 }, (_, i) => 100 - i); // 100 … 1, unsorted on purpose
    expect(median(values)).toBe(50);
    expect(percentile(values, 99)).toBe(99);
    expect(percentile(values, 100)).toBe(100);
    expect(median([7])).toBe(7);
    expect(median([3, 1, 2])).toBe(2);
  });

  it("refuses what it cannot answer", () => {
    expect(() => median([])).toThrow();
    expect(() => percentile([1], 0)).toThrow();
    expect(() => percentile([1], 101)).toThrow();
  });
});

describe("replaceSection", () => {
  const doc = "# Benchmarks\n\nIntro.\n\n## API\n\nAPI figures.\n\n## Scoring\n\nOld figures.\n\n## Database\n\nDB figures.\n";

  it("replaces only its own section and keeps the others in place", () => {
    const out = replaceSection(doc, "Scoring", "New figures.");
    expect(out).toBe("# Benchmarks\n\nIntro.\n\n## API\n\nAPI figures.\n\n## Scoring\n\nNew figures.\n\n## Database\n\nDB figures.\n");
  });

  it("appends the section when it is missing, and is stable when run twice", () => {
    const out = replaceSection("# Benchmarks\n\n## API\n\nAPI figures.\n", "Scoring", "Figures.");
    expect(out).toBe("# Benchmarks\n\n## API\n\nAPI figures.\n\n## Scoring\n\nFigures.\n");
    expect(replaceSection(out, "Scoring", "Figures.")).toBe(out);
  });

  it("does not mistake a deeper heading for a section end", () => {
    const out = replaceSection("## Scoring\n\nOld.\n\n### Detail\n\nOld detail.\n\n## Next\n\nKept.\n", "Scoring", "New.\n\n### Detail\n\nNew detail.");
    expect(out).toBe("## Scoring\n\nNew.\n\n### Detail\n\nNew detail.\n\n## Next\n\nKept.\n");
  });
});
