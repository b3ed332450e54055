// A cached page was rendered with the nonce of the response that rendered it. Serving it again under a
// new Content-Security-Policy means every occurrence of the old nonce becomes the new one: the page is
// then exactly what a fresh render with the new nonce would have produced (checked by a test), and
// each response still has a nonce of its own that no earlier response revealed.

/** The nonce a page response's Content-Security-Policy allows scripts with, or null. */
export function nonceOf(contentSecurityPolicy: string | null): string | null {
  const match = contentSecurityPolicy?.match(/script-src[^;]*'nonce-([A-Za-z0-9+/=_-]+)'/);
  return match?.[1] ?? null;
}

/** The page with `oldNonce` replaced everywhere by `newNonce`. */
export function restamp(html: string, oldNonce: string, newNonce: string): string {
  // Nonces are 128 random bits: an old one cannot occur by chance in the page's own text.
  return oldNonce === newNonce ? html : html.split(oldNonce).join(newNonce);
}
