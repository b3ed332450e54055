// A few lines of script that mark the document from this browser's local storage before the first frame
// (the owner hints: components/plan/owner-hint-script.tsx, components/home/continue-plan.tsx), so CSS can
// show or hide a part from the start and nothing moves later. Inline, with this response's CSP nonce.
// Rendered in <head> as an async module that blocks rendering, not parsing: a classic inline script in
// the body waits for the stylesheet and stops the parser there, so the rest of the page came in a later
// frame, after the framework's scripts had run (which Lighthouse counts into the LCP). An async module
// neither stops the parser nor waits for the stylesheet, and blocking="render" (allowed in <head> only)
// holds the first frame until it has run, which it does long before the stylesheet arrives. A browser
// without blocking="render" runs it as a plain async module: still before the first frame but for a
// cached stylesheet. tests/e2e/early-hints.spec.ts checks every frame with a slow and a cached stylesheet.
import { headers } from "next/headers";

export async function EarlyHintScript({ code }: { code: string }) {
  const nonce = (await headers()).get("x-nonce") ?? undefined;
  return <script type="module" async blocking="render" nonce={nonce} dangerouslySetInnerHTML={{ __html: code }} />;
}
