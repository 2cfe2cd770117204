// The card as saved on this device (only when the person chooses "Bewaar op dit apparaat"): JSON with a version.
// Reading never throws: broken JSON, another version or a tampered field gives back what can still be read.
import { EMPTY_CARD, readCard, type CardValues } from './card';

export const STORAGE_KEY = 'botwijzer-botkaart';
export const STORAGE_VERSION = 1;

export function encodeSavedCard(card: CardValues): string {
  return JSON.stringify({ version: STORAGE_VERSION, card });
}

/**
 * Text from localStorage → a card. An unknown version (a newer site, or something else under our key) is read
 * the same way, field by field, since the fields we know keep their meaning; what we do not know is dropped.
 */
export function decodeSavedCard(text: string | null): CardValues {
  if (typeof text !== 'string' || text === '') return EMPTY_CARD;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return EMPTY_CARD;
  }
  if (typeof parsed !== 'object' || parsed === null || !('card' in parsed)) return EMPTY_CARD;
  return readCard(parsed.card);
}
