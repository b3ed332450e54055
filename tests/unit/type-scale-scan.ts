// Finds text sizes and weights outside the type scale: the scale is read from the stylesheet's @theme
// (app/globals.css: --text-* and --font-weight-*), and source files are searched for Tailwind size and
// weight classes (with any variant, e.g. sm:text-lg) and for numeric font weights in JSX.

export interface TypeScale {
  sizes: ReadonlySet<string>;
  weights: ReadonlyMap<string, number>;
}

export interface Finding {
  line: number;
  token: string;
}

// Tailwind's own size and weight names: a class with one of these that the scale lacks is off the scale
// (Tailwind would silently emit nothing for it, since the stylesheet clears its defaults).
const DEFAULT_SIZES = ["xs", "sm", "base", "lg", "xl", "2xl", "3xl", "4xl", "5xl", "6xl", "7xl", "8xl", "9xl"];
const DEFAULT_WEIGHTS = ["thin", "extralight", "light", "normal", "medium", "semibold", "bold", "extrabold", "black"];

/** The sizes and weights the stylesheet's @theme defines. */
export function readTypeScale(css: string): TypeScale {
  const theme = /@theme\s*\{([\s\S]*?)\n\}/.exec(css)?.[1];
  if (!theme) throw new Error("no @theme block in the stylesheet");
  const sizes = new Set([...theme.matchAll(/--text-([a-z0-9]+)\s*:/g)].map((m) => m[1]!));
  const weights = new Map([...theme.matchAll(/--font-weight-([a-z]+)\s*:\s*(\d+)/g)].map((m) => [m[1]!, Number(m[2])]));
  if (sizes.size === 0 || weights.size === 0) throw new Error("the stylesheet's @theme defines no type scale");
  return { sizes, weights };
}

/** Every size or weight in `source` that the scale does not have, with its line. */
export function offScale(source: string, scale: TypeScale): Finding[] {
  const findings: Finding[] = [];
  const lineOf = (index: number) => source.slice(0, index).split("\n").length;
  // A class token: optional variants ("sm:", "print:", "[html_&]:"), then text-… or font-… with a name,
  // an arbitrary value ("text-[15px]") or a variable ("text-(length:--x)").
  for (const m of source.matchAll(/(?<![\w-])(?:[\w[\]&_=-]+:)*(text|font)-(\[[^\]\s]+\]|\([^)\s]+\)|[a-z0-9]+)(?![\w-])/g)) {
    const [token, kind, value] = m as unknown as [string, "text" | "font", string];
    const inner = /^[[(]/.test(value) ? value.slice(1, -1) : null;
    const off =
      kind === "text"
        ? inner !== null
          ? /^(\d|\.|length:|calc\(|clamp\(|min\(|max\()/.test(inner)
          : DEFAULT_SIZES.includes(value) && !scale.sizes.has(value)
        : inner !== null
          ? /^(\d|weight:)/.test(inner)
          : DEFAULT_WEIGHTS.includes(value) && !scale.weights.has(value);
    if (off) findings.push({ line: lineOf(m.index), token });
  }
  // fontWeight={700} (SVG) or fontWeight: 700 (a style object).
  const allowed = new Set(scale.weights.values());
  for (const m of source.matchAll(/fontWeight\s*[=:]\s*\{?\s*["']?(\w+)/g)) {
    const value = m[1]!;
    if (!allowed.has(Number(value)) && !scale.weights.has(value)) findings.push({ line: lineOf(m.index), token: m[0] });
  }
  return findings;
}

/** font-size and font-weight declarations in a stylesheet that do not read the scale's variables. */
export function offScaleCss(css: string): Finding[] {
  const findings: Finding[] = [];
  for (const m of css.matchAll(/font-(size|weight)\s*:\s*([^;}]+)/g)) {
    const value = m[2]!.trim();
    if (!/^var\(--(text|font-weight)-[a-z0-9]+\)$/.test(value)) {
      findings.push({ line: css.slice(0, m.index).split("\n").length, token: m[0].trim() });
    }
  }
  return findings;
}
