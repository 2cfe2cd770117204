// The T-score tool's state in a human-readable URL fragment, e.g. "#wervelkolom=-2,7&heup=-1,9&groep=t&breuk=nee".
// Browsers never send the fragment to a server, so a shared link carries the values without anything leaving the
// browser. Decoding accepts anything (a link may be mistyped, or the fragment may be an article's section anchor):
// it returns null for a fragment that is not the tool's, and never throws. The reading itself: lib/fragment.
import { GROUPS, SITES, formatScore, type Group, type Site, type TScoreInput } from './classify';
import { MAX_SCORE_TEXT_LENGTH, type TScoreFormValues } from './input';
import { NO, YES, readFragment, readYes, writeFragment } from '../fragment/fragment';

export const GROUP_KEY = 'groep';
export const FRACTURE_KEY = 'breuk';
/** Far longer than any fragment of this tool; anything longer is not worth reading. */
const MAX_FRAGMENT_LENGTH = 400;

/** "#wervelkolom=-2,7&heup=-1,9&groep=t&breuk=nee": the sites in form order, each rounded to one decimal. */
export function encodeTScoreFragment(input: TScoreInput): string {
  const scores = SITES.map((site) => {
    const score = input.scores[site];
    return [site, score === undefined || !Number.isFinite(score) ? undefined : formatScore(score)] as const;
  });
  return `#${writeFragment([...scores, [GROUP_KEY, input.group], [FRACTURE_KEY, input.fracture ? YES : NO]])}`;
}

function isGroup(value: string): value is Group {
  return (GROUPS as readonly string[]).includes(value);
}

/**
 * Reads a fragment (with or without "#") back into form values. The score texts come back as text, so a value
 * that is not a valid score shows up in its field with the usual message. null when no site key is present.
 */
export function decodeTScoreFragment(fragment: string): TScoreFormValues | null {
  const entries = readFragment(fragment, MAX_FRAGMENT_LENGTH);
  if (entries === null || !SITES.some((site) => entries.has(site))) return null;
  const texts: Record<Site, string> = { wervelkolom: '', heup: '', dijbeenhals: '' };
  for (const site of SITES) texts[site] = (entries.get(site) ?? '').slice(0, MAX_SCORE_TEXT_LENGTH + 1);
  const group = entries.get(GROUP_KEY)?.toLowerCase() ?? '';
  return { group: isGroup(group) ? group : 't', fracture: readYes(entries.get(FRACTURE_KEY)), texts };
}
