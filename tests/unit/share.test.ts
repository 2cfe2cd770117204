import QRCode from 'qrcode';
import { describe, expect, test } from 'vitest';
import { qrCodeShape } from '@/lib/share/qr-code';
import { articleUrl, emailHref, shareMessage, whatsappHref } from '@/lib/share/links';
import { SITE_URL } from '@/lib/site/config';

const target = { title: 'Hoe voorkomt u dat u valt?', url: 'https://www.botwijzer.nl/artikelen/vallen-voorkomen' };

describe('addresses', () => {
  test('of an article and of one of its sections', () => {
    expect(articleUrl('vallen-voorkomen')).toBe(`${SITE_URL}/artikelen/vallen-voorkomen`);
    expect(articleUrl('vallen-voorkomen', 'thuis')).toBe(`${SITE_URL}/artikelen/vallen-voorkomen#thuis`);
  });
});

describe('share links', () => {
  test('the message has the title and the address on its own line', () => {
    expect(shareMessage(target)).toBe(`${target.title} (Botwijzer)\n${target.url}`);
  });

  test('e-mail: title as subject, message as body, spaces as %20 (never +)', () => {
    const href = emailHref(target);
    expect(href.startsWith('mailto:?subject=')).toBe(true);
    expect(href).not.toContain('+');
    const params = new URLSearchParams(href.slice('mailto:?'.length));
    expect(params.get('subject')).toBe(target.title);
    expect(params.get('body')).toBe(shareMessage(target));
  });

  test('WhatsApp: the message in the text parameter of wa.me', () => {
    const url = new URL(whatsappHref(target));
    expect(url.origin).toBe('https://wa.me');
    expect(url.searchParams.get('text')).toBe(shareMessage(target));
  });

  test('a section address keeps its # inside the encoded message', () => {
    const href = whatsappHref({ title: 'Thuis', url: `${target.url}#thuis` });
    expect(href).toContain('%23thuis');
    expect(new URL(href).hash).toBe('');
  });
});

describe('the QR code', () => {
  test('draws exactly the dark modules of the code, inside a white border of 4', () => {
    const { modules } = QRCode.create(target.url, { errorCorrectionLevel: 'M' });
    const shape = qrCodeShape(target.url);
    expect(shape.size).toBe(modules.size + 8);

    const drawn = new Set<string>();
    for (const [, x, y, w] of shape.path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
      for (let i = 0; i < Number(w); i++) drawn.add(`${Number(y) - 4},${Number(x) + i - 4}`);
    }
    const dark = new Set<string>();
    for (let row = 0; row < modules.size; row++) {
      for (let col = 0; col < modules.size; col++) if (modules.get(row, col)) dark.add(`${row},${col}`);
    }
    expect(drawn).toEqual(dark);
  });

  test('a longer address gives a larger code', () => {
    expect(qrCodeShape(`${target.url}/${'x'.repeat(200)}`).size).toBeGreaterThan(qrCodeShape(target.url).size);
  });
});
