import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { formatDutchNumber, parseDutchNumber } from '@/lib/format/number';

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

  test.each(['', ' ', 'abc', '-2,5 -1,0', '1,2,3', '--1', '1,5½', '2e3', 'Infinity', 'NaN'])('refuses %j', (input) => {
    expect(parseDutchNumber(input)).toBeNull();
  });

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
    [1.005, 2, '1,01'],
    [4.35, 1, '4,4'],
    [-2.45, 1, '-2,5'],
    [999.95, 1, '1.000,0'],
    [1234567.25, 1, '1.234.567,3'],
    [0.5, 0, '1'],
    [-0.5, 0, '-1'],
    [0.4999999999999999, 0, '0'],
    [1e-7, 2, '0,00'],
    [1e21, 0, '1.000.000.000.000.000.000.000'],
  ])('formats %d with %d decimals as %j', (value, digits, expected) => {
    expect(formatDutchNumber(value, digits).replace('\u2212', '-')).toBe(expected);
  });

  // The formatter is written out to spare the browser its locale data on first use; Intl is the reference.
  test('gives what Intl.NumberFormat nl-NL gives, with a hyphen-minus and without "-0"', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.double({ noNaN: true, noDefaultInfinity: true }),
          fc.double({ min: -1e6, max: 1e6, noNaN: true }),
          fc.integer({ min: -1e7, max: 1e7 }).map((n) => n / 1000),
          fc.integer({ min: -1e5, max: 1e5 }).map((n) => n / 100 + 0.005),
        ),
        fc.integer({ min: 0, max: 3 }),
        (value, digits) => {
          const intl = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: digits, maximumFractionDigits: digits })
            .format(value)
            .replace('\u2212', '-')
            .replace(/^-(?=[0.,]*$)/, '');
          expect(formatDutchNumber(value, digits)).toBe(intl);
        },
      ),
      { numRuns: 5000 },
    );
  });

  test('a formatted T-score reads back as the same number', () => {
    fc.assert(
      fc.property(fc.integer({ min: -100, max: 100 }), (tenths) => {
        expect(parseDutchNumber(formatDutchNumber(tenths / 10, 1))).toBe(tenths / 10);
      }),
    );
  });
});
