// How many distinct text styles (family, size, weight, style) a page shows when it opens: on Linux
// Chromium each is a font lookup (a round trip to the browser process) in the first frame's style and
// layout, which Lighthouse's LCP counts. Only elements that are rendered and hold text of their own.
import { launchChromium } from "./browser.mjs";

/** Distinct computed text styles on the open page: { count, styles: ["16px 400 …"] }. */
export async function textStyles(page) {
  const styles = await page.evaluate(() => {
    const seen = new Set();
    for (const element of document.body.querySelectorAll("*")) {
      const ownText = [...element.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent.trim() !== "");
      // Not what a closed <details> holds: its content is skipped (content-visibility), no lookup is made.
      if (!ownText || !element.checkVisibility({ visibilityProperty: true })) continue;
      const s = getComputedStyle(element);
      seen.add(`${s.fontSize} ${s.fontWeight} ${s.fontStyle} ${s.fontFamily.split(",")[0]}`);
    }
    return [...seen].sort();
  });
  return { count: styles.length, styles };
}

/** Text styles of each page at a phone's size: name → { count, styles }. */
export async function measureTextStyles(pages) {
  const browser = await launchChromium();
  const result = {};
  try {
    for (const [name, { url, ready }] of Object.entries(pages)) {
      const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
      const page = await context.newPage();
      await page.goto(url);
      await ready(page);
      result[name] = await textStyles(page);
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return result;
}
