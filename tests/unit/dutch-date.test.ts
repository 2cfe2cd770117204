import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  addMonths,
  formatDate,
  formatDutchDate,
  formatShortDate,
  nextWeekday,
  parseDutchDate,
  toIsoDate,
  type DateRules,
} from '@/lib/format/date';

const today = { year: 2026, month: 12, day: 1 };
const day: DateRules = { precision: 'day', today };
const month: DateRules = { precision: 'month', today };
const past: DateRules = { precision: 'month', notInFuture: true, today };

describe('parsing a Dutch date', () => {
  test.each([
    ['14-11-2026', { year: 2026, month: 11, day: 14 }],
    ['14/11/2026', { year: 2026, month: 11, day: 14 }],
    ['1.2.2024', { year: 2024, month: 2, day: 1 }],
    ['14 november 2026', { year: 2026, month: 11, day: 14 }],
    ['14 Nov. 2026', { year: 2026, month: 11, day: 14 }],
    ['  3  mrt 2025 ', { year: 2025, month: 3, day: 3 }],
    ['2026-11-14', { year: 2026, month: 11, day: 14 }],
    ['29-02-2024', { year: 2024, month: 2, day: 29 }],
  ])('%j is a day', (text, date) => {
    expect(parseDutchDate(text, day)).toEqual({ status: 'valid', date });
  });

  test.each([
    ['november 2026', { year: 2026, month: 11 }],
    ['11-2026', { year: 2026, month: 11 }],
    ['sept 2025', { year: 2025, month: 9 }],
  ])('%j is a month, enough where a month is enough', (text, date) => {
    expect(parseDutchDate(text, month)).toEqual({ status: 'valid', date });
    expect(parseDutchDate(text, day)).toEqual({
      status: 'invalid',
      message: 'Vul ook de dag in, bijvoorbeeld 14-11-2026.',
    });
  });

  test.each([
    ['31 februari 2027', '31 februari 2027 bestaat niet: februari heeft in 2027 28 dagen.'],
    ['29-02-2026', '29 februari 2026 bestaat niet: februari heeft in 2026 28 dagen.'],
    ['31-04-2026', '31 april 2026 bestaat niet: april heeft in 2026 30 dagen.'],
    ['14-13-2026', 'Een jaar heeft 12 maanden; maand 13 bestaat niet. Schrijf bijvoorbeeld 14-11-2026.'],
    ['14-11-26', 'Schrijf het jaar met vier cijfers, bijvoorbeeld 14-11-2026.'],
    ['14 brumaire 2026', 'Deze maand kennen wij niet. Schrijf de maand voluit, bijvoorbeeld november 2026.'],
    ['gisteren', 'Dit is geen datum die wij kunnen lezen. Schrijf bijvoorbeeld 14-11-2026 of 14 november 2026.'],
    ['14-11-1850', 'Controleer het jaartal: 1850 kan hier niet kloppen.'],
  ])('%j gets a message that says why', (text, message) => {
    expect(parseDutchDate(text, day)).toEqual({ status: 'invalid', message });
  });

  test('a fracture next year is refused where a past date is needed; today and this month are fine', () => {
    expect(parseDutchDate('januari 2027', past)).toEqual({
      status: 'invalid',
      message: 'januari 2027 ligt in de toekomst. Vul een datum in die al geweest is.',
    });
    expect(parseDutchDate('2-12-2026', { ...past, precision: 'day' }).status).toBe('invalid');
    expect(parseDutchDate('1-12-2026', past).status).toBe('valid');
    expect(parseDutchDate('december 2026', past).status).toBe('valid');
  });

  test('empty text asks for a date', () => {
    expect(parseDutchDate('  ', month)).toEqual({
      status: 'empty',
      message: 'Vul een datum in, bijvoorbeeld 14-11-2026 of november 2026.',
    });
  });

  test('any string parses or gives a message, and never throws', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), fc.boolean(), (text, needsDay) => {
        const result = parseDutchDate(text, { precision: needsDay ? 'day' : 'month', notInFuture: true, today });
        if (result.status === 'valid') {
          expect(result.date.month).toBeGreaterThanOrEqual(1);
          expect(result.date.month).toBeLessThanOrEqual(12);
        } else {
          expect(result.message.length).toBeGreaterThan(10);
        }
      }),
    );
  });

  test('every valid day reads back from its short form, its words and its ISO value', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }),
        (value) => {
          const date = { year: value.getUTCFullYear(), month: value.getUTCMonth() + 1, day: value.getUTCDate() };
          for (const text of [formatShortDate(date), formatDutchDate(date), toIsoDate(date)]) {
            expect(parseDutchDate(text, day)).toEqual({ status: 'valid', date });
          }
        },
      ),
    );
  });
});

describe('calendar arithmetic', () => {
  test.each([
    [{ year: 2026, month: 8, day: 31 }, 6, { year: 2027, month: 2, day: 28 }],
    [{ year: 2027, month: 8, day: 31 }, 6, { year: 2028, month: 2, day: 29 }],
    [{ year: 2028, month: 2, day: 29 }, 12, { year: 2029, month: 2, day: 28 }],
    [{ year: 2026, month: 12, day: 15 }, 1, { year: 2027, month: 1, day: 15 }],
    [{ year: 2027, month: 1, day: 31 }, 1, { year: 2027, month: 2, day: 28 }],
    [{ year: 2026, month: 3, day: 31 }, -1, { year: 2026, month: 2, day: 28 }],
  ])('%j + %i months = %j (a missing day becomes the month’s last)', (from, months, to) => {
    expect(addMonths(from, months)).toEqual(to);
  });

  test('the next weekday is today when today is that day', () => {
    expect(nextWeekday(today, 'di')).toEqual(today); // 1 december 2026 is a Tuesday
    expect(nextWeekday(today, 'ma')).toEqual({ year: 2026, month: 12, day: 7 });
    expect(nextWeekday({ year: 2026, month: 12, day: 31 }, 'vr')).toEqual({ year: 2027, month: 1, day: 1 });
  });
});

describe('the dates the site writes', () => {
  test.each([
    ['2026-11-22', '22 november 2026'],
    ['2026-12-01', '1 december 2026'],
    ['2024-02-29', '29 februari 2024'],
  ])('%s is written as %s', (iso, text) => {
    expect(formatDate(iso)).toBe(text);
  });

  test('writes what Intl writes for nl-NL, for any day', () => {
    const intl = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }),
        (date) => {
          expect(formatDate(date.toISOString().slice(0, 10))).toBe(intl.format(date));
        },
      ),
    );
  });
});
