// The page Content-Security-Policy. Scripts run only with this response's nonce ('strict-dynamic' lets
// those scripts load Next's chunks); nothing may be loaded from, sent to or framed by another origin.

export interface CspOptions {
  /** `next dev` evaluates code for its error overlay and fast refresh; production never needs eval. */
  development: boolean;
  /** Served over https (directly or behind a TLS-terminating proxy): upgrade any stray http URL. */
  https: boolean;
}

export function contentSecurityPolicy(nonce: string, { development, https }: CspOptions): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    // <style> elements need the nonce (Next puts it on the ones it writes); style="" attributes cannot
    // carry a nonce, and the progress and meter bars set their width that way, so attributes are allowed.
    // next dev's overlay injects <style> elements without the nonce: inline styles only in development
    // (a nonce in the list would switch 'unsafe-inline' off).
    development ? "style-src 'self' 'unsafe-inline'" : `style-src 'self' 'nonce-${nonce}'`,
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    // next dev talks to its own server over a WebSocket for hot reload; 'self' covers it in Chromium.
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ];
  if (https && !development) directives.push("upgrade-insecure-requests");
  return directives.join("; ");
}

/** JSON answers never need to run or load anything; this also stops them being framed or sniffed as pages. */
export const API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";

/** 128 random bits, base64: fresh for every page response. */
export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
