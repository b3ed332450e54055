// Looks up a model string that may be missing: a plan stored by an older model can name a
// recommendation or warning the catalogue no longer has, and the page must still render.
type Values = Record<string, string | number | Date>;

export interface Translator {
  (key: string, values?: Values): string;
  has(key: string): boolean;
}

export function maybe(t: Translator, key: string, values?: Values): string | null {
  return t.has(key) ? t(key, values) : null;
}
