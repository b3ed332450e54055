// The persona table in docs/model.md is recomputed from the fixtures and the current model: if the model
// changes, this test fails until the table (and the reason for the change) is written down.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { evaluate } from "@/lib/scoring";
import { PERSONAS } from "../fixtures/profiles";

const DOC = path.resolve(__dirname, "../../docs/model.md");
const HEADER = "| persona | score | band | dimensions | top 3 actions | warnings |";

/** The row docs/model.md must show for a persona, cell by cell. */
function expectedRow(name: string, p: (typeof PERSONAS)[keyof typeof PERSONAS]): string[] {
  const r = evaluate(p);
  const top = r.recommendations.slice(0, 3).map((x) => `${x.id} (+${x.impact})`);
  return [
    name,
    String(r.score),
    r.band.id,
    r.dimensions.map((d) => d.score).join(" / "),
    top.length > 0 ? top.join(", ") : "(none left)",
    r.warnings.map((w) => w.id).join(", "),
  ];
}

/** The cells of the persona table, one array per row, read from the markdown. */
function documentedRows(markdown: string): string[][] {
  const lines = markdown.split("\n");
  const start = lines.findIndex((l) => l.trim() === HEADER);
  if (start === -1) throw new Error(`docs/model.md has no persona table starting "${HEADER}"`);
  const rows: string[][] = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.trim().startsWith("|")) break;
    rows.push(line.trim().replace(/^\||\|$/g, "").split("|").map((cell) => cell.trim()));
  }
  return rows;
}

describe("docs/model.md persona table", () => {
  const rows = documentedRows(readFileSync(DOC, "utf8"));

  it("lists every persona once, in the fixtures' order", () => {
    expect(rows.map((r) => r[0])).toEqual(Object.keys(PERSONAS));
  });

  it("shows each persona's score, band, dimensions, top three actions and warnings as the model gives them", () => {
    for (const [name, profile] of Object.entries(PERSONAS)) {
      const row = rows.find((r) => r[0] === name);
      // The message is the row to paste into the doc.
      expect(row, `| ${expectedRow(name, profile).join(" | ")} |`).toEqual(expectedRow(name, profile));
    }
  });

  it("would notice a changed figure (the check can fail)", () => {
    const [first] = rows;
    const name = first?.[0] as keyof typeof PERSONAS;
    const tampered = [...(first ?? [])];
    tampered[1] = String(Number(tampered[1]) + 1);
    expect(tampered).not.toEqual(expectedRow(name, PERSONAS[name]));
  });
});
