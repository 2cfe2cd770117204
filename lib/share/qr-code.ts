// Kept apart from lib/share.ts: the share links are used by client components, and the qrcode library must not
// travel to the browser with them. The printed handouts draw their QR code on the server; only the exercise plan,
// whose code holds the plan itself, loads this module in the browser, and only once a plan is made.
import QRCode from 'qrcode';

export type QrCodeShape = {
  /** Width and height in modules, quiet zone included. */
  size: number;
  /** One SVG path that draws every dark module as a 1×1 square. */
  path: string;
};

/** The white border the QR specification asks for, in modules; scanners need it to find the code. */
const QR_MARGIN = 4;

/** A QR code as an SVG path, so a server component can draw it inline with no image request. */
export function qrCodeShape(text: string): QrCodeShape {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const segments: string[] = [];
  for (let row = 0; row < modules.size; row++) {
    let col = 0;
    while (col < modules.size) {
      if (!modules.get(row, col)) {
        col++;
        continue;
      }
      const start = col;
      while (col < modules.size && modules.get(row, col)) col++;
      segments.push(`M${start + QR_MARGIN} ${row + QR_MARGIN}h${col - start}v1h-${col - start}z`);
    }
  }
  return { size: modules.size + 2 * QR_MARGIN, path: segments.join('') };
}
