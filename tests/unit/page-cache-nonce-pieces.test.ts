import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cutAtNonce, joinWithNonce, piecesSize } from "@/lib/page-cache/nonce-pieces";

const nonce = fc.base64String({ minLength: 24, maxLength: 24 }).filter((s) => s.length === 24);
const piece = fc.oneof(fc.string({ maxLength: 120 }), fc.string({ unit: "grapheme", maxLength: 40 }), fc.constant("提额计划"), fc.constant(""));

describe("a page cut at its nonce", () => {
  it("joins back to the page with the new nonce wherever the old one was", () => {
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 10 }), nonce, nonce, (pieces, oldNonce, newNonce) => {
        fc.pre(!pieces.some((p) => p.includes(oldNonce)));
        const page = cutAtNonce(pieces.join(oldNonce), oldNonce);
        expect(joinWithNonce(page, newNonce).toString("utf8")).toBe(Buffer.from(pieces.join(newNonce), "utf8").toString("utf8"));
      }),
      { numRuns: 300 },
    );
  });

  it("counts the bytes it holds, not the characters", () => {
    const page = cutAtNonce(`<p>提额</p><script nonce="N0"></script>`, "N0");
    expect(page.pieces).toHaveLength(2);
    expect(piecesSize(page)).toBe(Buffer.byteLength(`<p>提额</p><script nonce=""></script>`));
  });

  it("keeps a page without the nonce whole", () => {
    expect(joinWithNonce(cutAtNonce("<p>x</p>", "N0"), "N1").toString()).toBe("<p>x</p>");
  });
});
