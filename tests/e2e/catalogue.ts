// The tests read labels from the same message catalogues the app shows, so they drive the UI by the
// words a person sees, in each language.
import { readFileSync } from "node:fs";
import path from "node:path";
import type { TestLocale } from "./fixtures";

type Tree = { [key: string]: string | Tree };

// Read as files: Playwright's loader does not take JSON module imports.
const catalogues = new Map<TestLocale, Tree>();
function catalogue(locale: TestLocale): Tree {
  let tree = catalogues.get(locale);
  if (!tree) {
    tree = JSON.parse(readFileSync(path.resolve("lib/i18n/messages", `${locale}.json`), "utf8")) as Tree;
    catalogues.set(locale, tree);
  }
  return tree;
}

export function text(locale: TestLocale, key: string, values: Record<string, string | number> = {}): string {
  let node: string | Tree = catalogue(locale);
  for (const part of key.split(".")) {
    if (typeof node === "string" || !(part in node)) throw new Error(`No message ${key} in ${locale}`);
    node = node[part] as string | Tree;
  }
  if (typeof node !== "string") throw new Error(`Message ${key} in ${locale} is not a string`);
  return node.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`));
}
