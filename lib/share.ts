import QRCode from 'qrcode';
import { SITE_NAME, SITE_URL } from './site';

export type ShareTarget = { title: string; url: string };

/** The public address of an article, or of one section of it: what every share choice and the QR code give. */
export function articleUrl(slug: string, sectionId?: string): string {
  return `${SITE_URL}/artikelen/${slug}${sectionId ? `#${sectionId}` : ''}`;
}

/** What an e-mail or chat message says: the title, then the address on a line of its own. */
export function shareMessage({ title, url }: ShareTarget): string {
  return `${title} (${SITE_NAME})\n${url}`;
}

/** A mailto: link with the title as subject. encodeURIComponent, not URLSearchParams: mail apps show "+" literally. */
export function emailHref(target: ShareTarget): string {
  return `mailto:?subject=${encodeURIComponent(target.title)}&body=${encodeURIComponent(shareMessage(target))}`;
}

/** WhatsApp's own share address; nothing is sent until the reader clicks and chooses a contact. */
export function whatsappHref(target: ShareTarget): string {
  return `https://wa.me/?text=${encodeURIComponent(shareMessage(target))}`;
}

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
