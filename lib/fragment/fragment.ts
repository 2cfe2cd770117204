// State in the URL fragment, for every tool: "#leeftijd=72&geslacht=v&halfvolle-melk=2". Browsers never send the
// fragment to a server, so a shared link carries a filled-in tool without anything leaving the browser. Reading
// accepts anything (a link may be mistyped or cut off, or the fragment may be a section anchor) and never throws;
// each tool then decides which keys it knows and what a value means.

/** Far longer than any tool's fragment; a longer one is not worth reading. */
export const MAX_FRAGMENT_LENGTH = 4000;
export const YES = 'ja';
export const NO = 'nee';

export type FragmentEntries = ReadonlyMap<string, string>;

/**
 * "#a=1&B=2" → {a: "1", b: "2"}: keys trimmed and lower-cased, values trimmed, the last of a repeated key wins.
 * A value whose %-escape is broken is kept as typed, so its field shows the usual message. null when the fragment
 * holds no key=value pair (a section anchor such as "#bronnen") or is longer than `maxLength`.
 */
export function readFragment(hash: string, maxLength = MAX_FRAGMENT_LENGTH): FragmentEntries | null {
  if (typeof hash !== 'string') return null;
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  if (body === '' || body.length > maxLength) return null;
  const entries = new Map<string, string>();
  for (const part of body.split('&')) {
    const separator = part.indexOf('=');
    if (separator <= 0) continue;
    const key = decodeLeniently(part.slice(0, separator)).trim().toLowerCase();
    if (key === '') continue;
    entries.set(key, decodeLeniently(part.slice(separator + 1)).trim());
  }
  return entries.size > 0 ? entries : null;
}

/** "ja" (any case) is true; anything else is false. */
export function readYes(value: string | undefined): boolean {
  return value?.toLowerCase() === YES;
}

/**
 * [["leeftijd", "72"], ["kaas-48", "1,5"]] → "leeftijd=72&kaas-48=1,5", in the given order, without "#". Pairs with
 * an empty or missing value are left out; "" when nothing is left. Commas stay readable ("1,5", not "1%2C5").
 */
export function writeFragment(pairs: Iterable<readonly [string, string | undefined]>): string {
  const parts: string[] = [];
  for (const [key, value] of pairs) {
    const text = value?.trim() ?? '';
    if (text !== '') parts.push(`${encodeReadably(key)}=${encodeReadably(text)}`);
  }
  return parts.join('&');
}

function decodeLeniently(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** A lone UTF-16 surrogate would make encodeURIComponent throw; it cannot be typed, but pasted text may hold one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function encodeReadably(text: string): string {
  return encodeURIComponent(text.replace(LONE_SURROGATE, '\uFFFD')).replaceAll('%2C', ',');
}
