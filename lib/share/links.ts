import { SITE_NAME, SITE_URL } from '../site/config';

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
