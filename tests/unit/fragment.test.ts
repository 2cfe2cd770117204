import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { readFragment, readYes, writeFragment } from '@/lib/fragment/fragment';

describe('reading a fragment', () => {
  test('gives trimmed, lower-cased keys and trimmed values; the last repeat wins', () => {
    expect(readFragment('#Leeftijd= 72 &geslacht=v&leeftijd=73')).toEqual(
      new Map([
        ['leeftijd', '73'],
        ['geslacht', 'v'],
      ]),
    );
  });

  test.each(['', '#', '#bronnen', '#=2', '#&&', 'geen-paar'])('%j holds no pair: null', (hash) => {
    expect(readFragment(hash)).toBeNull();
  });

  test('a fragment over the limit is not read', () => {
    expect(readFragment(`#a=${'1'.repeat(20)}`, 10)).toBeNull();
    expect(readFragment(`#a=${'1'.repeat(5)}`, 10)).toEqual(new Map([['a', '11111']]));
  });

  test('decodes escapes and keeps a broken one as typed', () => {
    expect(readFragment('#a=%E2%88%922,7&b=%E0%A4%A')).toEqual(
      new Map([
        ['a', '\u22122,7'],
        ['b', '%E0%A4%A'],
      ]),
    );
  });

  test('never throws', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (hash) => void readFragment(hash)));
  });
});

describe('writing a fragment', () => {
  test('keeps the order, leaves out empty values and keeps commas readable', () => {
    expect(
      writeFragment([
        ['leeftijd', '72'],
        ['geslacht', ''],
        ['kaas', '1,5'],
        ['x', undefined],
        ['noot', 'a&b=c'],
      ]),
    ).toBe('leeftijd=72&kaas=1,5&noot=a%26b%3Dc');
  });

  test('round-trips any text value', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', minLength: 1 }).filter((s) => s.trim() !== '' && s.trim() === s),
        (text) => {
          expect(readFragment(writeFragment([['k', text]]))?.get('k')).toBe(text);
        },
      ),
    );
  });

  test('"ja" in any case is yes', () => {
    expect([readYes('ja'), readYes('JA'), readYes('nee'), readYes(undefined)]).toEqual([true, true, false, false]);
  });
});
