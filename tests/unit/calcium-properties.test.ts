import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { calculateCalcium, MAX_PORTIONS, MAX_SUPPLEMENT_DOSE_MG, type CalciumInput } from '@/lib/calcium/calculate';
import { FOODS, SUPPLEMENT_MOMENTS, type FoodId } from '@/lib/calcium/foods';
import { barLayout } from '@/lib/calcium/intake';
import { decodeFragment, encodeFragment } from '@/lib/calcium/fragment';
import { parseCalciumForm, type AmountId, type CalciumForm } from '@/lib/calcium/form';
import { summarySentence } from '@/lib/calcium/text';

const portion = fc.integer({ min: 0, max: MAX_PORTIONS * 2 }).map((halves) => halves / 2);
const portions = fc.record(Object.fromEntries(FOODS.map((f) => [f.id, portion])) as Record<FoodId, typeof portion>, {
  requiredKeys: [],
});
const dose = fc.integer({ min: 0, max: MAX_SUPPLEMENT_DOSE_MG });
const supplements = fc.record(
  Object.fromEntries(SUPPLEMENT_MOMENTS.map((m) => [m.id, dose])) as Record<
    (typeof SUPPLEMENT_MOMENTS)[number]['id'],
    typeof dose
  >,
  { requiredKeys: [] },
);
const input: fc.Arbitrary<CalciumInput> = fc.record({
  age: fc.option(fc.integer({ min: 18, max: 120 })),
  sex: fc.option(fc.constantFrom('v' as const, 'm' as const)),
  osteoporosis: fc.boolean(),
  portions,
  supplements,
});

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

describe('properties of calculateCalcium', () => {
  test('the total is the sum of its parts: per food, per group, and from the table', () => {
    fc.assert(
      fc.property(input, (day) => {
        const result = calculateCalcium(day);
        const fromTable =
          sum(FOODS.map((f) => (day.portions[f.id] ?? 0) * f.mgPerPortion)) +
          sum(Object.values(day.supplements)) +
          result.restMg;
        expect(result.totalMg).toBe(fromTable);
        expect(sum(result.perFood.map((s) => s.mg)) + result.restMg).toBe(result.totalMg);
        expect(sum(result.perGroup.map((g) => g.mg)) + result.restMg).toBe(result.totalMg);
        expect(result.foodMg + result.supplementMg + result.restMg).toBe(result.totalMg);
      }),
    );
  });

  test('adding a portion never lowers the total', () => {
    fc.assert(
      fc.property(input, fc.constantFrom(...FOODS.map((f) => f.id)), fc.constantFrom(0.5, 1), (day, id, extra) => {
        const before = calculateCalcium(day).totalMg;
        const more = { ...day, portions: { ...day.portions, [id]: (day.portions[id] ?? 0) + extra } };
        expect(calculateCalcium(more).totalMg).toBeGreaterThanOrEqual(before);
      }),
    );
  });

  test('every suggestion closes the gap it was made for', () => {
    fc.assert(
      fc.property(input, (day) => {
        const result = calculateCalcium(day);
        for (const suggestion of result.suggestions) {
          expect(suggestion.mg).toBeGreaterThanOrEqual(-(result.differenceMg ?? 0));
        }
        if (result.differenceMg !== null && result.differenceMg < 0)
          expect(result.suggestions.length).toBeGreaterThan(0);
      }),
    );
  });

  test('the bar reaches at least the target and holds the total', () => {
    fc.assert(
      fc.property(input, (day) => {
        const result = calculateCalcium(day);
        const bar = barLayout(result.perGroup, result.totalMg, result.target?.mg ?? null);
        expect(bar.scaleMg).toBeGreaterThanOrEqual(Math.max(result.totalMg, result.target?.mg ?? 0));
        if (bar.targetPercent !== null) expect(bar.targetPercent).toBeLessThanOrEqual(100);
        expect(sum(bar.segments.map((s) => s.widthPercent))).toBeLessThanOrEqual(100 + 1e-9);
      }),
    );
  });
});

const AMOUNT_IDS: AmountId[] = [...FOODS.map((f) => f.id), ...SUPPLEMENT_MOMENTS.map((m) => m.id)];
const anyText = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.constantFrom(
    '½',
    '1½',
    '-0',
    '1e9',
    'NaN',
    'Infinity',
    '0x10',
    '9'.repeat(400),
    '1.000.000',
    ',5',
    ' ',
    '1,5 plak',
  ),
);
const anyForm: fc.Arbitrary<CalciumForm> = fc.record({
  age: anyText,
  sex: fc.constantFrom('' as const, 'v' as const, 'm' as const),
  osteoporosis: fc.boolean(),
  amounts: fc.dictionary(fc.constantFrom(...AMOUNT_IDS), anyText),
});

describe('any typed text gives a value or a Dutch message, never a throw, NaN or Infinity', () => {
  test('parse, calculate and describe', () => {
    fc.assert(
      fc.property(anyForm, (form) => {
        const { input: parsed, errors } = parseCalciumForm(form);
        for (const [field, message] of Object.entries(errors)) {
          expect(message, field).toMatch(/^[A-Z][^]*\.$/);
          expect(message).not.toMatch(/invalid|expected|received/i);
        }
        for (const value of [
          ...Object.values(parsed.portions),
          ...Object.values(parsed.supplements),
          parsed.age ?? 0,
        ]) {
          expect(Number.isFinite(value)).toBe(true);
        }
        const result = calculateCalcium(parsed);
        expect(Number.isFinite(result.totalMg)).toBe(true);
        expect(summarySentence(result)).not.toMatch(/NaN|Infinity|undefined/);
      }),
      { numRuns: 500 },
    );
  });

  test('every non-empty field is either counted or explained', () => {
    fc.assert(
      fc.property(fc.constantFrom(...FOODS.map((f) => f.id)), anyText, (id, text) => {
        const { input: parsed, errors } = parseCalciumForm({
          age: '',
          sex: '',
          osteoporosis: false,
          amounts: { [id]: text },
        });
        if (text.trim() === '') return;
        expect((parsed.portions[id] !== undefined) !== (errors[id] !== undefined)).toBe(true);
      }),
    );
  });
});

describe('the URL fragment', () => {
  const fieldText = fc.string({ unit: 'grapheme', maxLength: 10 }).map((s) => s.trim());
  const form: fc.Arbitrary<CalciumForm> = fc.record({
    age: fieldText,
    sex: fc.constantFrom('' as const, 'v' as const, 'm' as const),
    osteoporosis: fc.boolean(),
    amounts: fc.dictionary(
      fc.constantFrom(...AMOUNT_IDS),
      fieldText.filter((s) => s !== ''),
    ),
  });

  test('round trip: a link restores exactly what was typed', () => {
    fc.assert(
      fc.property(form, (original) => {
        const decoded = decodeFragment(`#${encodeFragment(original)}`);
        const empty =
          original.age === '' &&
          original.sex === '' &&
          !original.osteoporosis &&
          Object.keys(original.amounts).length === 0;
        if (empty) expect(decoded).toBeNull();
        else expect(decoded).toEqual(original);
      }),
    );
  });

  test('decoding any string never throws', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.webFragments()), (hash) => {
        const decoded = decodeFragment(hash);
        expect(decoded === null || typeof decoded.age === 'string').toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  test('encoding never throws, even on pasted text with lone surrogates', () => {
    expect(() =>
      encodeFragment({ age: '\uD800', sex: '', osteoporosis: false, amounts: { ei: '\uDC00x' } }),
    ).not.toThrow();
  });
});
