// A QR code drawn on the server as inline SVG: no client code, prints crisply, works without JavaScript.
// The SVG comes from the qrcode library (paths only, no scripts); the wrapper gives it its accessible name.
import QRCode from "qrcode";

export async function QrCode({ value, label, className, testId }: { value: string; label: string; className?: string; testId?: string }) {
  // Medium error correction survives a smudged print; a 2-module quiet zone keeps it small on paper.
  const svg = await QRCode.toString(value, { type: "svg", errorCorrectionLevel: "M", margin: 2, color: { dark: "#000000", light: "#ffffff" } });
  return (
    <span
      role="img"
      aria-label={label}
      data-testid={testId}
      data-qr-value={value}
      className={`block [&>svg]:block [&>svg]:h-full [&>svg]:w-full ${className ?? ""}`}
      dangerouslySetInnerHTML={{ __html: svg }}
    />
  );
}
