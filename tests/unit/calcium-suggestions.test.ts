import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { calculateCalcium, EMPTY_INPUT, type CalciumInput } from '@/lib/calcium/calculate';
import { MAX_CHEESE_SLICES_PER_DAY, buildSuggestions } from '@/lib/calcium/suggestions';

/** formatMg puts a no-break space before "mg"; the expectations are written with ordinary spaces. */
const nb = (text: string) => text.replaceAll(' mg', '\u00A0mg');

function applySuggestion(input: CalciumInput, items: { foodId: keyof CalciumInput['portions']; portions: number }[]) {
  const portions = { ...input.portions };
  for (const item of items) portions[item.foodId] = (portions[item.foodId] ?? 0) + item.portions;
  return { ...input, portions };
}

describe('suggestions close the gap', () => {
  // Day: 2 glazen halfvolle melk 380 + 1,5 plak kaas 48+ 243 + 1 schaaltje yoghurt 208 + 2 sneden brood 24 = 855.
  // Woman of 72: target 1200, gap 345.
  const input: CalciumInput = {
    ...EMPTY_INPUT,
    age: 72,
    sex: 'v',
    portions: { 'halfvolle-melk': 2, 'kaas-48': 1.5, yoghurt: 1, volkorenbrood: 2 },
  };

  test('foods already eaten come first, each written the Dutch way', () => {
    // 345 / 190 → 2 glasses (380); 345 / 208 → 2 bowls (416); 345 / 169 → 3 (507). Cheese would need 3 more slices
    // on top of the 1,5 eaten: over the 2 slices (40 g) a day, so it is not offered.
    expect(calculateCalcium(input).suggestions.map((s) => s.text)).toEqual(
      [
        '2 glazen halfvolle melk extra: +380 mg',
        '2 schaaltjes yoghurt extra: +416 mg',
        '3 glazen karnemelk extra: +507 mg',
        '2 schaaltjes kwark extra: +416 mg',
      ].map(nb),
    );
  });

  test.each([
    [1, 150, '1 plak kaas 30+ extra: +210 mg'],
    [1.5, 150, null],
    [2, 150, null],
  ])('with %d slices of cheese eaten and a gap of %d mg, the cheese suggestion is %j', (eaten, gap, expected) => {
    const cheese = buildSuggestions(gap, { 'kaas-30': eaten }).find((s) => s.items.some((i) => i.foodId === 'kaas-30'));
    expect(cheese?.text ?? null).toBe(expected === null ? null : nb(expected));
  });

  test('no suggestion takes the day above 2 slices (40 g) of cheese', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2500 }), fc.integer({ min: 0, max: 4 }), (gap, eaten) => {
        for (const suggestion of buildSuggestions(gap, { 'kaas-48': eaten / 2 })) {
          const extra = suggestion.items.filter((i) => i.foodId.startsWith('kaas')).reduce((t, i) => t + i.portions, 0);
          if (extra > 0) expect(eaten / 2 + extra).toBeLessThanOrEqual(MAX_CHEESE_SLICES_PER_DAY);
        }
      }),
    );
  });

  test('every suggestion, added to the day, reaches the target', () => {
    for (const suggestion of calculateCalcium(input).suggestions) {
      const after = calculateCalcium(applySuggestion(input, suggestion.items));
      expect(after.differenceMg).toBeGreaterThanOrEqual(0);
    }
  });

  test('a small gap gets a single portion: "1 glas halfvolle melk extra: +190 mg"', () => {
    expect(buildSuggestions(100, {})[0]?.text).toBe(nb('1 glas halfvolle melk extra: +190 mg'));
  });

  test('a large gap gets a mix of milk, yoghurt and cheese that closes it', () => {
    // Nothing eaten, man of 75: gap 1200. No single food closes it in 3 portions (3 × 210 = 630).
    // Round robin 190 + 208 + 162 + 190 + 208 + 162 + 190 = 1310 ≥ 1200.
    const empty: CalciumInput = { ...EMPTY_INPUT, age: 75, sex: 'm' };
    const [mix, ...rest] = calculateCalcium(empty).suggestions;
    expect(rest).toEqual([]);
    expect(mix?.text).toBe(nb('3 glazen halfvolle melk, 2 schaaltjes yoghurt en 2 plakken kaas 48+ extra: +1.310 mg'));
    expect(calculateCalcium(applySuggestion(empty, mix?.items ?? [])).differenceMg).toBeGreaterThanOrEqual(0);
  });

  test('a plant-based eater sees the plant foods they use first', () => {
    const texts = buildSuggestions(150, { 'sojadrank-met-calcium': 1 }).map((s) => s.text);
    expect(texts[0]).toBe(nb('1 glas sojadrank met calcium extra: +180 mg'));
  });

  test('spinach and unfortified plant drinks are never suggested', () => {
    const ids = [100, 400, 700, 1200].flatMap((gap) =>
      buildSuggestions(gap, {}).flatMap((s) => s.items.map((i) => i.foodId)),
    );
    expect(ids).not.toContain(nb('spinazie'));
    expect(ids.some((id) => id.includes('zonder'))).toBe(false);
  });

  test('no gap, no suggestions', () => {
    expect(buildSuggestions(0, {})).toEqual([]);
    expect(buildSuggestions(-50, {})).toEqual([]);
    const enough: CalciumInput = { ...EMPTY_INPUT, age: 40, sex: 'v', portions: { 'halfvolle-melk': 5 } };
    expect(calculateCalcium(enough).suggestions).toEqual([]);
  });
});
