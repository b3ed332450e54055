// Replaces one "## " section of a markdown file and leaves every other section as it was, so several
// benchmarks (and people) can share docs/benchmarks.md.

/** `doc` with the section under `## {heading}` replaced by `body` (appended when there is none). */
export function replaceSection(doc: string, heading: string, body: string): string {
  const title = `## ${heading}`;
  const section = `${title}\n\n${body.trim()}\n`;
  const lines = doc.split("\n");
  const start = lines.findIndex((line) => line.trim() === title);
  if (start === -1) {
    const base = doc.trimEnd();
    return base ? `${base}\n\n${section}` : section;
  }
  let end = lines.findIndex((line, i) => i > start && /^## /.test(line));
  if (end === -1) end = lines.length;
  const before = lines.slice(0, start).join("\n").trimEnd();
  const after = lines.slice(end).join("\n").trim();
  return [before, section.trimEnd(), after].filter((part) => part !== "").join("\n\n") + "\n";
}
