// A cached page cut at its nonce, so that each response can put its own nonce back in without searching
// the page again: the pieces are joined with the new nonce. Buffers, not strings: they are what the
// response is written from, and they are counted as they are held.

export interface NoncePieces {
  /** The page's UTF-8 bytes between occurrences of the nonce it was rendered with. */
  pieces: Buffer[];
}

export function cutAtNonce(html: string, nonce: string): NoncePieces {
  return { pieces: (nonce ? html.split(nonce) : [html]).map((piece) => Buffer.from(piece, "utf8")) };
}

/** The page with `nonce` wherever the rendered page had its own. */
export function joinWithNonce({ pieces }: NoncePieces, nonce: string): Buffer {
  const nonceBytes = Buffer.from(nonce, "utf8");
  return Buffer.concat(pieces.flatMap((piece, i) => (i === 0 ? [piece] : [nonceBytes, piece])));
}

/** Bytes held. */
export function piecesSize({ pieces }: NoncePieces): number {
  return pieces.reduce((total, piece) => total + piece.length, 0);
}
