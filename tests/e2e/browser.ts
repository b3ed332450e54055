// Which Chromium the end-to-end tests drive: Playwright's own build when it has been installed,
// otherwise the system's (Debian's `chromium` package). Playwright cannot download its own here.
import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";

const SYSTEM_CHROMIUM = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

export function findChromium(): string | undefined {
  const own = safe(() => chromium.executablePath());
  if (own && existsSync(own)) return undefined; // Playwright finds its own build by itself.
  const system = process.env.CHROMIUM_PATH ?? SYSTEM_CHROMIUM.find((path) => existsSync(path));
  if (!system) {
    throw new Error(
      "No Chromium found for the end-to-end tests. Install one: `apt-get install -y chromium` (Debian/Ubuntu), " +
        "or `npx playwright install chromium` where downloads are allowed, or set CHROMIUM_PATH.",
    );
  }
  return system;
}

function safe<T>(fn: () => T): T | undefined {
  try {
    return fn();
  } catch {
    return undefined;
  }
}

// Flags that keep a headless Chromium quiet on a machine without a network or a GPU.
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];
