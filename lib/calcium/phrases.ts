// Small Dutch formatting helpers shared by the calcium modules (no imports from them, so no cycles).
import { formatDutchNumber } from '../format/number';

/** "1.100 mg": whole milligrams, Dutch thousands separator, a no-break space so "mg" never starts a new line. */
export function formatMg(mg: number): string {
  return `${formatDutchNumber(Math.round(mg))}\u00A0mg`;
}

/** "1 glas halfvolle melk", "2 glazen halfvolle melk", "1,5 plakken kaas 48+". */
export function portionPhrase(food: { one: string; many: string }, count: number): string {
  const amount = formatDutchNumber(count, Number.isInteger(count) ? 0 : 1);
  return `${amount} ${count > 1 ? food.many : food.one}`;
}

/** "a", "a en b", "a, b en c". */
export function joinDutch(parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} en ${parts[parts.length - 1]}`;
}
