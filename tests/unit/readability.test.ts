import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  countSyllables,
  countWords,
  extractProse,
  fleschDouma,
  measureReadability,
  READING_LEVEL,
  splitSentences,
} from '@/lib/content/readability';

// The B1 limits and why they are what they are: READING_LEVEL in lib/content/readability.ts. `npm run content`
// applies the same limits, so an editor sees a drifting article before this test does.
const MIN_FLESCH_DOUMA = READING_LEVEL.minFleschDouma;
const MAX_AVERAGE_SENTENCE_LENGTH = READING_LEVEL.maxAverageSentenceLength;
const MAX_LONG_SENTENCE_SHARE = READING_LEVEL.maxLongSentenceShare;

describe('countSyllables', () => {
  test.each([
    ['bot', 1],
    ['uw', 1],
    ['ijs', 1],
    ['nieuw', 1],
    ['eeuw', 1],
    ['mooi', 1],
    ['huisarts', 2],
    ['koffie', 2],
    ['vrouwen', 2],
    ['rugpijn', 2],
    ['groente', 2],
    ['calcium', 3],
    ['botdichtheid', 3],
    ['bijvoorbeeld', 3],
    ['vitamine', 4],
    ['patiënten', 4],
    ['beïnvloeden', 4],
    ['osteoporose', 6],
    ['fysiotherapeut', 6],
    ['corticosteroïden', 7],
    // Known approximation: numbers have no vowels and count as one syllable.
    ['1.000', 1],
  ])('%s has %i syllable(s)', (word, expected) => {
    expect(countSyllables(word)).toBe(expected);
  });
});

describe('countWords', () => {
  test.each([
    ['De T-score is −2,5.', 4],
    ['Neem 1.000 mg calcium per dag.', 6],
    ['Vallen – en dan?', 3],
    ["Neem hem 's ochtends in.", 5],
  ])('"%s" has %i words', (text, expected) => {
    expect(countWords(text)).toBe(expected);
  });
});

describe('splitSentences', () => {
  test.each([
    ['Bot leeft. Het wordt afgebroken en opgebouwd! Hoe werkt dat?', 3],
    ['Neem bijv. melk of kaas. Dat helpt.', 2],
    ['Dat is 1.000 mg per dag. Het is een T-score van −2,5 of lager.', 2],
    ['Een zin zonder punt aan het eind', 1],
    ['Deze breuken komen vaak voor:\nde pols;\nde heup', 3],
  ])('"%s" has %i sentence(s)', (text, expected) => {
    expect(splitSentences(text)).toHaveLength(expected);
  });
});

describe('extractProse', () => {
  const mdx = `---
title: Een titel die niet meetelt
summary:
  - Ook dit telt niet mee.
---

Een <Term id="dexa">DEXA-scan</Term> doet **geen** pijn.

## Een kop telt niet mee

| Tabel | Telt niet |
| --- | --- |
| a | b |

<Figure src="/afbeeldingen/x.svg" alt="Een lange beschrijving van het plaatje." caption="Onderschrift." />

<Callout type="tip" title="Titel van het blok">

Lees [meer over medicijnen](/artikelen/medicijnen#wat-is-denosumab).

</Callout>

- Eerste punt
- Tweede punt;
`;
  const prose = extractProse(mdx);

  test('keeps the prose a reader reads, one block per line', () => {
    expect(prose.split('\n')).toEqual([
      'Een DEXA-scan doet geen pijn.',
      'Lees meer over medicijnen.',
      'Eerste punt',
      'Tweede punt;',
    ]);
  });

  test.each([
    'titel',
    'Ook dit',
    'kop',
    'Tabel',
    'plaatje',
    'Onderschrift',
    'Titel van het blok',
    '/artikelen',
    '<',
    '**',
  ])('leaves out "%s"', (left) => {
    expect(prose).not.toContain(left);
  });
});

describe('measureReadability', () => {
  test('computes the measures of a small hand-counted text', () => {
    // "Bot is levend weefsel." = 4 words, 1+1+2+2 = 6 syllables.
    // "Uw lichaam maakt elke dag nieuw bot." = 7 words, 1+2+1+2+1+1+1 = 9 syllables.
    // 11 words, 15 syllables, 2 sentences: 206.835 − 0.93 × 5.5 − 77 × 15/11 = 96.72.
    const result = measureReadability('Bot is levend weefsel. Uw lichaam maakt elke dag nieuw bot.');
    expect(result).toMatchObject({ sentences: 2, words: 11, syllables: 15, longSentenceShare: 0, longSentences: [] });
    expect(result.averageSentenceLength).toBe(5.5);
    expect(result.fleschDouma).toBeCloseTo(96.72, 2);
  });

  test.each([
    [20, 0],
    [21, 1],
  ])('a sentence of %i words counts as long: %i', (length, long) => {
    const sentence = `${Array.from({ length }, () => 'bot').join(' ')}.`;
    const result = measureReadability(`${sentence} Kort.`);
    expect(result.longSentences).toHaveLength(long);
    expect(result.longSentenceShare).toBe(long / 2);
  });
});

describe('fleschDouma', () => {
  test.each([
    [10, 1.5, 82.035],
    [14, 1.6, 70.615],
    [20, 1.8, 49.635],
  ])('%i words per sentence and %f syllables per word score %f', (wordsPerSentence, syllablesPerWord, expected) => {
    expect(fleschDouma(wordsPerSentence, syllablesPerWord)).toBeCloseTo(expected, 6);
  });
});

const ARTICLES_DIR = path.join(process.cwd(), 'content', 'articles');
const articles = readdirSync(ARTICLES_DIR)
  .filter((name) => name.endsWith('.mdx'))
  .sort();

describe('every article reads at B1', () => {
  test('there are articles to measure', () => {
    expect(articles.length).toBeGreaterThan(0);
  });

  test.each(articles)('%s', (name) => {
    const result = measureReadability(readFileSync(path.join(ARTICLES_DIR, name), 'utf8'));
    const scores =
      `Flesch-Douma ${result.fleschDouma.toFixed(1)}, ${result.averageSentenceLength.toFixed(1)} woorden per zin, ` +
      `${(result.longSentenceShare * 100).toFixed(1)} % zinnen langer dan 20 woorden`;

    expect(result.sentences, `${name}: te weinig tekst gevonden; klopt het uitlezen van de MDX nog?`).toBeGreaterThan(
      30,
    );
    expect
      .soft(result.fleschDouma, `${name} is moeilijker dan B1 (${scores})`)
      .toBeGreaterThanOrEqual(MIN_FLESCH_DOUMA);
    expect
      .soft(result.averageSentenceLength, `${name} heeft te lange zinnen (${scores})`)
      .toBeLessThanOrEqual(MAX_AVERAGE_SENTENCE_LENGTH);
    expect
      .soft(
        result.longSentenceShare,
        `${name} heeft te veel zinnen van meer dan 20 woorden:\n${result.longSentences.join('\n')}`,
      )
      .toBeLessThanOrEqual(MAX_LONG_SENTENCE_SHARE);
  });
});
