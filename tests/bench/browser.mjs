// The Chromium the benchmarks drive: Debian's, through playwright-core (Playwright cannot download its
// own browser here), with the same quiet flags as the end-to-end tests.
import { existsSync } from "node:fs";
import { chromium } from "playwright-core";

const CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

export function chromiumPath() {
  const found = process.env.CHROMIUM_PATH ?? CANDIDATES.find((p) => existsSync(p));
  if (!found) throw new Error("No Chromium found: install one (`apt-get install -y chromium`) or set CHROMIUM_PATH.");
  return found;
}

export const launchChromium = () => chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
