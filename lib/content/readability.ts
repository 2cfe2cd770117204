/**
 * Reading-level measures for an article, used by the reading-level test to keep every article at B1.
 * Pure functions: MDX source in, numbers out. Nothing here reads files or compiles MDX.
 */

export type Readability = {
  sentences: number;
  words: number;
  syllables: number;
  /** Words per sentence. */
  averageSentenceLength: number;
  /** Share (0–1) of sentences with more than LONG_SENTENCE_WORDS words. */
  longSentenceShare: number;
  /** 206.835 − 0.93 × words/sentence − 77 × syllables/word; higher is easier. */
  fleschDouma: number;
  /** The sentences over LONG_SENTENCE_WORDS words, so a failing test can show the editor what to shorten. */
  longSentences: string[];
};

/** A sentence with more words than this counts as long. */
export const LONG_SENTENCE_WORDS = 20;

/**
 * The prose a reader reads, one block (paragraph or list item) per line. Leaves out the frontmatter, headings, tables,
 * code, component tags (their attributes, such as alt texts, too) and link URLs; keeps the text inside links, <Term>
 * and <Callout>.
 */
export function extractProse(mdx: string): string {
  const body = mdx.replace(/^\uFEFF?---\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/, '');
  const withoutTags = body
    .replace(/^(`{3,}|~{3,})[\s\S]*?^\1[ \t]*$/gm, '')
    .replace(/<\/?[A-Za-z][\w.]*(?:\s+(?:[^"'>]|"[^"]*"|'[^']*')*)?\s*\/?>/g, '');
  const blocks: string[] = [];
  let current: string[] = [];
  const flush = () => {
    if (current.length > 0) blocks.push(current.join(' '));
    current = [];
  };
  for (const raw of withoutTags.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#') || line.startsWith('|')) {
      flush();
      continue;
    }
    const item = /^(?:[-*+]|\d+[.)])\s+(.*)$/.exec(line);
    if (item) {
      flush();
      current.push(item[1] ?? '');
    } else {
      current.push(line);
    }
  }
  flush();
  return blocks
    .map((block) =>
      block
        .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
        .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
        .replace(/(\*\*|__|\*|`)/g, '')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter((block) => /[\p{L}\p{N}]/u.test(block))
    .join('\n');
}

/** Dutch abbreviations that end in a full stop without ending the sentence (lower case, without the last dot). */
const ABBREVIATIONS = new Set(['bijv', 'bv', 'b.v', 'o.a', 'd.w.z', 'z.j', 'ca', 'nr', 'enz', 'etc', 'evt', 'incl', 'resp', 'dr', 'mr', 'mevr']);

/** Splits prose into sentences: at . ! ? followed by a space, and at the end of every block (list items included). */
export function splitSentences(prose: string): string[] {
  const sentences: string[] = [];
  for (const block of prose.split('\n')) {
    let start = 0;
    for (const match of block.matchAll(/[.!?]+["'”’)\]]*(?=\s)/g)) {
      const end = (match.index ?? 0) + match[0].length;
      const lastWord = block.slice(start, match.index).split(/\s+/).pop()?.toLowerCase() ?? '';
      if (match[0] === '.' && ABBREVIATIONS.has(lastWord)) continue;
      sentences.push(block.slice(start, end).trim());
      start = end;
    }
    sentences.push(block.slice(start).trim());
  }
  return sentences.filter((sentence) => countWords(sentence) > 0);
}

/** Words are runs of non-space characters that contain a letter or digit: "T-score", "1.000" and "−2,5" are one word each. */
export function words(text: string): string[] {
  return text
    .split(/\s+/)
    .map((token) => token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((token) => /[\p{L}\p{N}]/u.test(token));
}

export function countWords(text: string): number {
  return words(text).length;
}

/**
 * Vowel letter sequences that Dutch pronounces as one sound. "ij" is written as a vowel here (see below), so "eij" and
 * "ij" need no entry. Longest first, so "eeu" wins over "ee".
 */
const ONE_SOUND = ['aai', 'ooi', 'oei', 'eeu', 'ieu', 'aa', 'ee', 'oo', 'uu', 'ie', 'ei', 'ui', 'oe', 'au', 'ou', 'eu'];
const VOWELS = 'aeiouyáéíóúàèòâêôû';
/** A diaeresis marks a new syllable: be-ïn-vloe-den, pa-ti-ën-ten, cor-ti-co-ste-ro-ï-den. */
const DIAERESIS = 'äëïöü';

/**
 * Counts the syllables of one Dutch word by counting its vowel sounds. Approximation:
 * - "ij" is one vowel; a run of vowels splits into the longest Dutch one-sound sequences (aa, ee, oo, uu, ie, ei, ij,
 *   ui, oe, au, ou, eu, aai, ooi, oei, eeu, ieu), and any other vowel letter is a sound of its own. So "osteo" is o-ste-o
 *   (3) and "calcium" cal-ci-um (3), as they are spoken; a letter with a diaeresis always starts a new syllable.
 * - A final -e counts, as Dutch pronounces it (de, grote, ziekte).
 * - Known misses: some loanwords (team, coach, trainer count one too many), and words spoken letter by letter or as
 *   numbers ("BMI", "1.200") count as at least one syllable but are longer when read aloud. In the articles these
 *   are rare, so the score can be a point or so too easy or too hard; not enough to move an article across B1.
 */
export function countSyllables(word: string): number {
  const letters = word.toLowerCase().replace(/ij/g, 'y');
  let count = 0;
  let i = 0;
  while (i < letters.length) {
    const char = letters[i] ?? '';
    if (DIAERESIS.includes(char)) {
      count += 1;
      i += 1;
    } else if (VOWELS.includes(char)) {
      const sound = ONE_SOUND.find((seq) => letters.startsWith(seq, i));
      count += 1;
      i += sound ? sound.length : 1;
    } else {
      i += 1;
    }
  }
  return Math.max(count, 1);
}

/** All measures for one article's MDX source. */
export function measureReadability(mdx: string): Readability {
  const sentences = splitSentences(extractProse(mdx));
  const lengths = sentences.map(countWords);
  const allWords = sentences.flatMap(words);
  const wordCount = allWords.length;
  const syllables = allWords.reduce((sum, word) => sum + countSyllables(word), 0);
  const longSentences = sentences.filter((_, index) => (lengths[index] ?? 0) > LONG_SENTENCE_WORDS);
  const n = Math.max(sentences.length, 1);
  const averageSentenceLength = wordCount / n;
  return {
    sentences: sentences.length,
    words: wordCount,
    syllables,
    averageSentenceLength,
    longSentenceShare: longSentences.length / n,
    fleschDouma: fleschDouma(averageSentenceLength, syllables / Math.max(wordCount, 1)),
    longSentences,
  };
}

/** Douma's 1960 Dutch adaptation of the Flesch Reading Ease formula. */
export function fleschDouma(wordsPerSentence: number, syllablesPerWord: number): number {
  return 206.835 - 0.93 * wordsPerSentence - 77 * syllablesPerWord;
}

/**
 * Taalniveau B1 as three measurable limits; each is a floor, not a target.
 * - Flesch-Douma at least 60. Douma (1960) adapted Flesch Reading Ease to Dutch; the usual table calls 60–70
 *   "standaard", 70–80 "vrij makkelijk" and 50–60 "vrij moeilijk". B1 sits at "standaard" or easier.
 * - At most 13 words per sentence on average: Dutch B1 guidance asks for roughly 10 to 15, the writing brief sets 13.
 * - At most 5 % of sentences over LONG_SENTENCE_WORDS words ("hardly any over 20 words" in the writing brief).
 * The score only sees word and sentence length, hence the two sentence limits next to it. Do not loosen these.
 */
export const READING_LEVEL = {
  minFleschDouma: 60,
  maxAverageSentenceLength: 13,
  maxLongSentenceShare: 0.05,
} as const;

/** What an editor must change for the prose to read at B1, in Dutch; empty when it does. */
export function readingLevelProblems(result: Readability): string[] {
  const problems: string[] = [];
  const score = `Flesch-Douma ${result.fleschDouma.toFixed(1).replace('.', ',')}`;
  if (result.fleschDouma < READING_LEVEL.minFleschDouma) {
    problems.push(`taalniveau: de tekst is moeilijker dan B1 (${score}, minimaal ${READING_LEVEL.minFleschDouma}); gebruik kortere woorden en zinnen`);
  }
  if (result.averageSentenceLength > READING_LEVEL.maxAverageSentenceLength) {
    problems.push(
      `taalniveau: gemiddeld ${result.averageSentenceLength.toFixed(1).replace('.', ',')} woorden per zin (hoogstens ${READING_LEVEL.maxAverageSentenceLength}); maak zinnen korter`,
    );
  }
  if (result.longSentenceShare > READING_LEVEL.maxLongSentenceShare) {
    const share = (result.longSentenceShare * 100).toFixed(1).replace('.', ',');
    problems.push(
      `taalniveau: ${share} % van de zinnen heeft meer dan ${LONG_SENTENCE_WORDS} woorden (hoogstens ${READING_LEVEL.maxLongSentenceShare * 100} %); maak deze korter: ${result.longSentences.map((s) => `"${s}"`).join('; ')}`,
    );
  }
  return problems;
}
