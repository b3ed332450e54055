// Just enough PDF reading for the print test: count the pages and pull out the text Chromium drew,
// so the test can say "the checklist is on the paper" without a PDF library or a system tool.
// Chromium (Skia) writes each page's text as glyph codes in hex strings; each font's ToUnicode map
// turns them back into characters.
import { inflateSync } from "node:zlib";

interface PdfObject {
  dict: string;
  stream: Buffer | null;
}

function readObjects(pdf: Buffer): Map<number, PdfObject> {
  const text = pdf.toString("latin1");
  const objects = new Map<number, PdfObject>();
  const header = /(\d+) 0 obj\b/g;
  let match: RegExpExecArray | null;
  while ((match = header.exec(text))) {
    const start = match.index + match[0].length;
    const end = text.indexOf("endobj", start);
    if (end < 0) break;
    const body = text.slice(start, end);
    const streamAt = body.indexOf("stream");
    let stream: Buffer | null = null;
    let dict = body;
    if (streamAt >= 0) {
      dict = body.slice(0, streamAt);
      let dataStart = start + streamAt + "stream".length;
      if (text[dataStart] === "\r") dataStart++;
      if (text[dataStart] === "\n") dataStart++;
      const dataEnd = text.lastIndexOf("endstream", end);
      let raw = pdf.subarray(dataStart, dataEnd);
      const length = /\/Length (\d+)(?! 0 R)/.exec(dict);
      if (length) raw = pdf.subarray(dataStart, dataStart + Number(length[1]));
      try {
        stream = /\/FlateDecode/.test(dict) ? inflateSync(raw) : raw;
      } catch {
        stream = raw;
      }
    }
    objects.set(Number(match[1]), { dict, stream });
    header.lastIndex = end;
  }
  return objects;
}

function hexToBytes(hex: string): number[] {
  const clean = hex.replace(/\s+/g, "");
  const bytes: number[] = [];
  for (let i = 0; i + 1 < clean.length; i += 2) bytes.push(parseInt(clean.slice(i, i + 2), 16));
  return bytes;
}

function utf16(hex: string): string {
  const bytes = hexToBytes(hex);
  const units: number[] = [];
  for (let i = 0; i + 1 < bytes.length; i += 2) units.push((bytes[i]! << 8) | bytes[i + 1]!);
  return String.fromCharCode(...units);
}

/** code (as hex, upper case) → text, from a ToUnicode CMap. */
function readCMap(cmap: string): { map: Map<string, string>; width: number } {
  const map = new Map<string, string>();
  let width = 2;
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g))
    for (const [, src, dst] of block[1]!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]*)>/g)) {
      map.set(src!.toUpperCase(), utf16(dst!));
      width = src!.length / 2;
    }
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g))
    for (const [, lo, hi, dst] of block[1]!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) {
      width = lo!.length / 2;
      const first = parseInt(lo!, 16);
      const base = parseInt(dst!, 16);
      for (let code = first; code <= parseInt(hi!, 16); code++)
        map.set(code.toString(16).toUpperCase().padStart(lo!.length, "0"), String.fromCodePoint(base + code - first));
    }
  return { map, width };
}

function refs(value: string): number[] {
  return [...value.matchAll(/(\d+) 0 R/g)].map((m) => Number(m[1]));
}

export interface PdfText {
  pages: number;
  /** The text of each page, glyph by glyph, without layout. */
  text: string[];
}

export function readPdf(pdf: Buffer): PdfText {
  const objects = readObjects(pdf);
  const dictOf = (id: number) => objects.get(id)?.dict ?? "";
  const pages = [...objects.values()].filter((o) => /\/Type\s*\/Page(?!s)/.test(o.dict));
  const text = pages.map((page) => {
    // Resources may be inline or a reference; fonts the same.
    let resources = /\/Resources\s*(\d+) 0 R/.exec(page.dict) ? dictOf(Number(/\/Resources\s*(\d+) 0 R/.exec(page.dict)![1])) : page.dict;
    const fontRef = /\/Font\s*(\d+) 0 R/.exec(resources);
    if (fontRef) resources = dictOf(Number(fontRef[1]));
    const fontDict = fontRef ? resources : (/\/Font\s*<<([\s\S]*?)>>/.exec(resources)?.[1] ?? "");
    const fonts = new Map<string, { map: Map<string, string>; width: number }>();
    for (const [, name, id] of fontDict.matchAll(/\/([\w.+-]+)\s+(\d+) 0 R/g)) {
      const toUnicode = /\/ToUnicode\s+(\d+) 0 R/.exec(dictOf(Number(id)));
      const stream = toUnicode ? objects.get(Number(toUnicode[1]))?.stream : null;
      if (stream) fonts.set(name!, readCMap(stream.toString("latin1")));
    }
    const contents = /\/Contents\s*(\[[^\]]*\]|\d+ 0 R)/.exec(page.dict)?.[1] ?? "";
    const content = refs(contents)
      .map((id) => objects.get(id)?.stream?.toString("latin1") ?? "")
      .join("\n");
    let font: { map: Map<string, string>; width: number } | undefined;
    let out = "";
    // Font changes and shown strings, in drawing order.
    for (const token of content.matchAll(/\/([\w.+-]+)\s+[\d.]+\s+Tf|<([0-9a-fA-F\s]*)>|\bT\*|\bTd\b|\bTD\b|\bET\b/g)) {
      if (token[1] !== undefined) font = fonts.get(token[1]);
      else if (token[2] !== undefined && font) {
        const hex = token[2].replace(/\s+/g, "").toUpperCase();
        const step = font.width * 2;
        for (let i = 0; i + step <= hex.length; i += step) out += font.map.get(hex.slice(i, i + step)) ?? "";
      } else out += " ";
    }
    return out;
  });
  return { pages: pages.length, text };
}

/**
 * Whitespace-free, NFKC-normalised text, so words split across lines or glyph runs still match, and CJK
 * fonts that map glyphs to Kangxi radicals (⽉ for 月) compare equal to the page's text.
 */
export const squash = (s: string) => s.normalize("NFKC").replace(/\s+/g, "");
