import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { GROUPS, SCORE_HARD_MAX, SCORE_HARD_MIN, SITES, type Scores } from '@/lib/tscore/classify';
import { checkTScoreForm } from '@/lib/tscore/input';
import { decodeTScoreFragment, encodeTScoreFragment } from '@/lib/tscore/fragment';

describe('encoding the state in the fragment', () => {
  test('is human-readable, in form order, with one decimal', () => {
    expect(encodeTScoreFragment({ group: 't', fracture: false, scores: { heup: -1.9, wervelkolom: -2.7 } })).toBe(
      '#wervelkolom=-2,7&heup=-1,9&groep=t&breuk=nee',
    );
    expect(encodeTScoreFragment({ group: 'z', fracture: true, scores: { dijbeenhals: -2.45 } })).toBe(
      '#dijbeenhals=-2,5&groep=z&breuk=ja',
    );
  });
});

describe('decoding a fragment', () => {
  test('reads the tool’s own fragment back', () => {
    expect(decodeTScoreFragment('#wervelkolom=-2,7&heup=-1,9&groep=t&breuk=nee')).toEqual({
      group: 't',
      fracture: false,
      texts: { wervelkolom: '-2,7', heup: '-1,9', dijbeenhals: '' },
    });
  });

  test.each([
    ['#wervelkolom=%E2%88%922,7', '\u22122,7'],
    ['#wervelkolom=+1,2', '+1,2'],
    ['wervelkolom=-2.7', '-2.7'],
    ['#WERVELKOLOM=-2,7', '-2,7'],
    ['#wervelkolom=%E0%A4%A', '%E0%A4%A'],
    ['#wervelkolom=abc&onbekend=1', 'abc'],
  ])('%s gives the text %j for the field', (fragment, text) => {
    expect(decodeTScoreFragment(fragment)?.texts.wervelkolom).toBe(text);
  });

  test.each([
    ['', null],
    ['#', null],
    ['#wat-is-een-t-score', null],
    ['#inhoud', null],
    ['#groep=z&breuk=ja', null],
    ['#=-2,7', null],
    ['#' + 'wervelkolom=-2,7&'.repeat(40), null],
  ])('ignores %j, which is not the tool’s', (fragment, expected) => {
    expect(decodeTScoreFragment(fragment)).toBe(expected);
  });

  test.each([
    ['#heup=-2&groep=x', 't', false],
    ['#heup=-2&groep=Z&breuk=JA', 'z', true],
    ['#heup=-2&breuk=misschien', 't', false],
  ])('%s falls back safely to group %s, fracture %s', (fragment, group, fracture) => {
    expect(decodeTScoreFragment(fragment)).toMatchObject({ group, fracture });
  });

  test('never throws, whatever the fragment', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' })), (fragment) => {
        expect(() => decodeTScoreFragment(fragment)).not.toThrow();
        expect(() => decodeTScoreFragment(`#${fragment}`)).not.toThrow();
      }),
      { numRuns: 2000 },
    );
  });
});

describe('round trip', () => {
  const tenths = fc.integer({ min: SCORE_HARD_MIN * 10, max: SCORE_HARD_MAX * 10 }).map((n) => n / 10);
  const scores = fc.record(
    Object.fromEntries(SITES.map((site) => [site, tenths])) as Record<(typeof SITES)[number], fc.Arbitrary<number>>,
    { requiredKeys: [] },
  );

  test('encode then decode then check gives the same input', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...GROUPS),
        fc.boolean(),
        scores.filter((value: Scores) => Object.keys(value).length > 0),
        (group, fracture, picked) => {
          const input = { group, fracture, scores: picked };
          const decoded = decodeTScoreFragment(encodeTScoreFragment(input));
          expect(decoded).not.toBeNull();
          if (decoded === null) return;
          expect(checkTScoreForm(decoded).input).toEqual(input);
        },
      ),
    );
  });
});
