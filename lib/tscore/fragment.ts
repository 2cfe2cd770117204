// The T-score tool's state in a human-readable URL fragment, e.g. "#wervelkolom=-2,7&heup=-1,9&groep=t&breuk=nee".
// Browsers never send the fragment to a server, so a shared link carries the values without anything leaving the
// browser. Decoding accepts anything (a link may be mistyped, or the fragment may be an article's section anchor):
// it returns null for a fragment that is not the tool's, and never throws.
import { GROUPS, SITES, formatScore, type Group, type Site, type TScoreInput } from './classify';
import { MAX_SCORE_TEXT_LENGTH, type TScoreFormValues } from './input';

export const GROUP_KEY = 'groep';
export const FRACTURE_KEY = 'breuk';
const YES = 'ja';
const NO = 'nee';
/** Far longer than any fragment of ours; anything longer is not worth reading. */
const MAX_FRAGMENT_LENGTH = 400;

/** "#wervelkolom=-2,7&heup=-1,9&groep=t&breuk=nee": the sites in form order, each rounded to one decimal. */
export function encodeTScoreFragment(input: TScoreInput): string {
  const parts = SITES.flatMap((site) => {
    const score = input.scores[site];
    return score === undefined || !Number.isFinite(score) ? [] : [`${site}=${formatScore(score)}`];
  });
  parts.push(`${GROUP_KEY}=${input.group}`, `${FRACTURE_KEY}=${input.fracture ? YES : NO}`);
  return `#${parts.join('&')}`;
}

function decodePart(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function isSite(key: string): key is Site {
  return (SITES as readonly string[]).includes(key);
}

function isGroup(value: string): value is Group {
  return (GROUPS as readonly string[]).includes(value);
}

/**
 * Reads a fragment (with or without "#") back into form values. The score texts come back as text, so a value
 * that is not a valid score shows up in its field with the usual message. null when no site key is present.
 */
export function decodeTScoreFragment(fragment: string): TScoreFormValues | null {
  if (typeof fragment !== 'string') return null;
  const body = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  if (body === '' || body.length > MAX_FRAGMENT_LENGTH) return null;
  const texts: Record<Site, string> = { wervelkolom: '', heup: '', dijbeenhals: '' };
  let group: Group = 't';
  let fracture = false;
  let hasSite = false;
  for (const part of body.split('&')) {
    const separator = part.indexOf('=');
    if (separator <= 0) continue;
    const key = decodePart(part.slice(0, separator)).trim().toLowerCase();
    const value = decodePart(part.slice(separator + 1)).trim();
    if (isSite(key)) {
      texts[key] = value.slice(0, MAX_SCORE_TEXT_LENGTH + 1);
      hasSite = true;
    } else if (key === GROUP_KEY) {
      const candidate = value.toLowerCase();
      if (isGroup(candidate)) group = candidate;
    } else if (key === FRACTURE_KEY) {
      fracture = value.toLowerCase() === YES;
    }
  }
  return hasSite ? { group, fracture, texts } : null;
}
