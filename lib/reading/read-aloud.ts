/**
 * Pure helpers for "Lees voor". Browsers stop a single long utterance after some seconds (Chrome after ~15),
 * so the text is spoken as a queue of short chunks that end at sentence boundaries where possible.
 */

export const READ_ALOUD_LANG = 'nl-NL';
const MAX_CHUNK = 220;

/** Splits blocks of text (paragraphs, headings, list items) into chunks of at most `max` characters. */
export function speechChunks(blocks: readonly string[], max = MAX_CHUNK): string[] {
  const chunks: string[] = [];
  for (const block of blocks) {
    const text = block.replace(/\s+/g, ' ').trim();
    if (!text) continue;
    let current = '';
    for (const sentence of splitSentences(text)) {
      for (const piece of splitLong(sentence, max)) {
        if (current && current.length + 1 + piece.length > max) {
          chunks.push(current);
          current = piece;
        } else {
          current = current ? `${current} ${piece}` : piece;
        }
      }
    }
    if (current) chunks.push(current);
  }
  return chunks;
}

function splitSentences(text: string): string[] {
  return (
    text
      .match(/[^.!?]+(?:[.!?]+|$)/g)
      ?.map((s) => s.trim())
      .filter(Boolean) ?? [text]
  );
}

/** A sentence longer than `max` is cut at the last comma or space before the limit. */
function splitLong(sentence: string, max: number): string[] {
  const pieces: string[] = [];
  let rest = sentence;
  while (rest.length > max) {
    const window = rest.slice(0, max);
    const cut = Math.max(window.lastIndexOf(', ') + 1, window.lastIndexOf(' '));
    const at = cut > 0 ? cut : max;
    pieces.push(rest.slice(0, at).trim());
    rest = rest.slice(at).trim();
  }
  if (rest) pieces.push(rest);
  return pieces;
}

type VoiceLike = { lang: string; name: string; localService?: boolean };

/** The best Dutch voice: Netherlands before Belgium before any Dutch; a local voice before a network one. */
export function pickDutchVoice<V extends VoiceLike>(voices: readonly V[]): V | undefined {
  const rank = (voice: V) => {
    const lang = voice.lang.replace('_', '-').toLowerCase();
    if (!lang.startsWith('nl')) return -1;
    return (lang === 'nl-nl' ? 4 : lang === 'nl-be' ? 2 : 1) + (voice.localService === false ? 0 : 1);
  };
  let best: V | undefined;
  for (const voice of voices) if (rank(voice) >= 0 && (!best || rank(voice) > rank(best))) best = voice;
  return best;
}
