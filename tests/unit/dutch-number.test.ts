import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { formatDutchNumber, parseDutchNumber } from '@/lib/dutch-number';

describe('parseDutchNumber', () => {
  test.each([
    ['-2,5', -2.5],
    ['-2.5', -2.5],
    ['\u22122,5', -2.5],
    ['\u20102,5', -2.5],
    ['- 2,5', -2.5],
    ['  +1,0 ', 1],
    ['-2,\u00AD5', -2.5],
    ['\u200B-1,2', -1.2],
    ['½', 0.5],
    ['1½', 1.5],
    ['1 ½', 1.5],
    [',5', 0.5],
    ['0', 0],
  ])('reads %j as %d', (input, expected) => {
    expect(parseDutchNumber(input)).toBe(expected);
  });

  test.each(['', ' ', 'abc', '-2,5 -1,0', '1,2,3', '--1', '1,5½', '2e3', 'Infinity', 'NaN'])(
    'refuses %j',
    (input) => {
      expect(parseDutchNumber(input)).toBeNull();
    },
  );

  test('never throws and never returns NaN or Infinity', () => {
    fc.assert(
      fc.property(fc.string(), (input) => {
        const value = parseDutchNumber(input);
        expect(value === null || Number.isFinite(value)).toBe(true);
      }),
    );
  });
});

describe('formatDutchNumber', () => {
  test.each([
    [-2.5, 1, '-2,5'],
    [1100, 0, '1.100'],
    [-0.04, 1, '0,0'],
    [0.04, 1, '0,0'],
    [-0.05, 1, '-0,1'],
  ])('formats %d with %d decimals as %j', (value, digits, expected) => {
    expect(formatDutchNumber(value, digits).replace('\u2212', '-')).toBe(expected);
  });

  test('a formatted T-score reads back as the same number', () => {
    fc.assert(
      fc.property(fc.integer({ min: -100, max: 100 }), (tenths) => {
        expect(parseDutchNumber(formatDutchNumber(tenths / 10, 1))).toBe(tenths / 10);
      }),
    );
  });
});
