// The persona table in docs/model.md is recomputed from the fixtures and the current model: if the model
// changes, this test fails until the table (and the reason for the change) is written down. The same goes
// for the figure on how often the plan moves the band.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Profile } from "@/lib/profile/schema";
import { evaluate, type Result } from "@/lib/scoring";
import { ALL_PERSONAS } from "../fixtures/personas-v2";
import { PLAN_MOVES_SAMPLE, PLAN_MOVES_SEED, pct, planMoves } from "../fixtures/plan-moves";
import { PROPERTY_TIMEOUT } from "./scoring-helpers";

const DOC = path.resolve(__dirname, "../../docs/model.md");
const HEADER = "| persona | score | band | ladder | cap (what lifts it) | outlook | confidence | dimensions | top 3 steps | warnings |";

function capCell(cap: Result["cap"]): string {
  if (!cap) return "";
  if (cap.liftedBy) return `${cap.reason} (${cap.liftedBy})`;
  return `${cap.reason} (${cap.lift!.path.join(".")} ${cap.lift!.value})`;
}

/** The row docs/model.md must show for a persona, cell by cell. */
function expectedRow(name: string, p: Profile): string[] {
  const r = evaluate(p);
  const top = r.recommendations
    .slice(0, 3)
    .map((x) => `${x.id} (${x.gain}${x.bandAfter !== r.band.id ? ` → ${x.bandAfter}` : ""}, +${x.impact})`);
  return [
    name,
    String(r.score),
    r.band.id,
    r.ladderBand,
    capCell(r.cap),
    r.outlook ?? "",
    r.confidence,
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
  const doc = readFileSync(DOC, "utf8");
  const rows = documentedRows(doc);

  it("lists every persona once, in the fixtures' order (at least ten lives)", () => {
    expect(rows.map((r) => r[0])).toEqual(Object.keys(ALL_PERSONAS));
    expect(rows.length).toBeGreaterThanOrEqual(10);
  });

  it("shows each persona's band, cap, outlook, confidence and top three steps as the model gives them", () => {
    for (const [name, profile] of Object.entries(ALL_PERSONAS)) {
      const row = rows.find((r) => r[0] === name);
      // The message is the row to paste into the doc.
      expect(row, `| ${expectedRow(name, profile).join(" | ")} |`).toEqual(expectedRow(name, profile));
    }
  });

  it("would notice a changed figure (the check can fail)", () => {
    const [first] = rows;
    const name = first?.[0] as string;
    const tampered = [...(first ?? [])];
    tampered[1] = String(Number(tampered[1]) + 1);
    expect(tampered).not.toEqual(expectedRow(name, ALL_PERSONAS[name]!));
  });

  it("states how often the plan moves the band, as measured now", { timeout: PROPERTY_TIMEOUT }, () => {
    const m = planMoves();
    const sentence =
      `Of ${PLAN_MOVES_SAMPLE.toLocaleString("en")} random profiles (seed ${PLAN_MOVES_SEED}), ${m.open.toLocaleString("en")} are below B5 and not overdue; ` +
      `${m.withRoom.toLocaleString("en")} of them have room to grow (their band is below what their income allows). ` +
      `Of those, a single step moves the band for ${m.singleStep.toLocaleString("en")} (${pct(m.singleStep, m.withRoom)}%) ` +
      `and the whole plan for ${m.wholePlan.toLocaleString("en")} (${pct(m.wholePlan, m.withRoom)}%).`;
    expect(doc.replace(/\s+/g, " "), sentence).toContain(sentence);
    // The point of model v2: for people with room to grow, the plan moves the band for most of them.
    expect(m.wholePlan / m.withRoom).toBeGreaterThan(0.5);
  });
});
