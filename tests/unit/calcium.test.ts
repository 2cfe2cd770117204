import { describe, expect, test } from 'vitest';
import { calculateCalcium, EMPTY_INPUT, type CalciumInput } from '@/lib/calcium/calculate';
import { REST_OF_FOOD_MG } from '@/lib/calcium/foods';

function day(partial: Partial<CalciumInput>): CalciumInput {
  return { ...EMPTY_INPUT, ...partial };
}

describe('calculateCalcium: known days, worked out by hand from the NEVO values in medical-facts.md §3', () => {
  test('a dairy day for a woman of 72', () => {
    // 2 glazen halfvolle melk 2 × 190 = 380; 1,5 plak kaas 48+ 1,5 × 162 = 243; 1 schaaltje yoghurt 208;
    // 2 sneden volkorenbrood 2 × 12 = 24. Total 380 + 243 + 208 + 24 = 855. Target (≥70) 1200: 345 short.
    const result = calculateCalcium(
      day({ age: 72, sex: 'v', portions: { 'halfvolle-melk': 2, 'kaas-48': 1.5, yoghurt: 1, volkorenbrood: 2 } }),
    );
    expect(result.totalMg).toBe(855);
    expect(result.target?.mg).toBe(1200);
    expect(result.differenceMg).toBe(-345);
    expect(result.perGroup.find((g) => g.group === 'zuivel')?.mg).toBe(831);
    expect(result.perGroup.find((g) => g.group === 'vis-en-overig')?.mg).toBe(24);
    expect(result.perFood.map((f) => [f.id, f.mg, f.percent])).toEqual([
      ['halfvolle-melk', 380, 44], // 380 / 855 = 44,4 %
      ['yoghurt', 208, 24], // 24,3 %
      ['kaas-48', 243, 28], // 28,4 %
      ['volkorenbrood', 24, 3], // 2,8 %
    ]);
  });

  test('a plant-based day for a man of 40', () => {
    // 2 glazen sojadrank met calcium 2 × 180 = 360; 1 portie tofu 100; 2 opscheplepels boerenkool 2 × 116 = 232;
    // 1 handje amandelen 62. Total 360 + 100 + 232 + 62 = 754. Target (25–50) 950: 196 short.
    const result = calculateCalcium(
      day({
        age: 40,
        sex: 'm',
        portions: { 'sojadrank-met-calcium': 2, tofu: 1, boerenkool: 2, amandelen: 1 },
      }),
    );
    expect(result.totalMg).toBe(754);
    expect(result.differenceMg).toBe(-196);
    expect(result.perGroup.find((g) => g.group === 'plantaardig')?.mg).toBe(522);
    expect(result.perGroup.find((g) => g.group === 'groente')?.mg).toBe(232);
  });

  test('the same amount of soy drink without added calcium gives far less', () => {
    // 2 × 26 = 52 mg instead of 2 × 180 = 360 mg.
    expect(calculateCalcium(day({ portions: { 'sojadrank-zonder-calcium': 2 } })).totalMg).toBe(52);
  });

  test('a day with a supplement for a woman of 60 with osteoporosis', () => {
    // 1 glas karnemelk 169; 1 ei 32; ½ blikje sardines 0,5 × 450 = 225; supplement 500 mg.
    // Food 169 + 32 + 225 = 426; total 426 + 500 = 926. Target 1100 (within 1000–1200): 174 short.
    const result = calculateCalcium(
      day({
        age: 60,
        sex: 'v',
        osteoporosis: true,
        portions: { karnemelk: 1, ei: 1, sardines: 0.5 },
        supplements: { 'supplement-ochtend': 500 },
      }),
    );
    expect(result).toMatchObject({ foodMg: 426, supplementMg: 500, totalMg: 926, differenceMg: -174 });
    expect(result.perGroup.find((g) => g.group === 'supplementen')?.mg).toBe(500);
    expect(result.warnings).toEqual([]);
  });

  test('no fixed amount for "the rest of the food" is added, and the result says so', () => {
    expect(REST_OF_FOOD_MG).toBe(0);
    expect(calculateCalcium(EMPTY_INPUT)).toMatchObject({ totalMg: 0, restMg: 0, target: null, differenceMg: null });
  });

  test('without age and sex the total is still counted, without a target or suggestions', () => {
    const result = calculateCalcium(day({ portions: { 'halfvolle-melk': 1 } }));
    expect(result).toMatchObject({ totalMg: 190, target: null, differenceMg: null, suggestions: [] });
  });

  test('halves of an odd number are compared in whole mg', () => {
    // 0,5 × 169 = 84,5 → shown and compared as 85 (rounded half up); 1000 − 85 = 915 short.
    const result = calculateCalcium(day({ age: 20, sex: 'v', portions: { karnemelk: 0.5 } }));
    expect(result.totalMg).toBe(84.5);
    expect(result.differenceMg).toBe(-915);
  });
});

describe('warnings', () => {
  test('above the EFSA upper limit of 2500 mg a day, food and supplements together', () => {
    // 5 glazen melk met extra calcium 5 × 301 = 1505; supplements 500 + 500 = 1000. Total 2505.
    const result = calculateCalcium(
      day({
        portions: { 'melk-extra-calcium': 5 },
        supplements: { 'supplement-ochtend': 500, 'supplement-avond': 500 },
      }),
    );
    expect(result.totalMg).toBe(2505);
    expect(result.warnings).toEqual([{ kind: 'boven-bovengrens', totalMg: 2505 }]);
  });

  test.each([
    [1500, 2500, false],
    [1501, 2501, true],
  ])('supplements 500 + 500 + %i = %i mg: above the upper limit is %s', (evening, total, warned) => {
    const result = calculateCalcium(
      day({ supplements: { 'supplement-ochtend': 500, 'supplement-middag': 500, 'supplement-avond': evening } }),
    );
    expect(result.totalMg).toBe(total);
    expect(result.warnings.some((w) => w.kind === 'boven-bovengrens')).toBe(warned);
  });

  test('a supplement dose above 500 mg at once, per moment of the day', () => {
    const result = calculateCalcium(
      day({ supplements: { 'supplement-ochtend': 1000, 'supplement-middag': 500, 'supplement-avond': 501 } }),
    );
    expect(result.warnings).toEqual([{ kind: 'grote-dosis', moments: ['supplement-ochtend', 'supplement-avond'] }]);
  });

  test('500 mg at once gives no warning', () => {
    expect(calculateCalcium(day({ supplements: { 'supplement-ochtend': 500 } })).warnings).toEqual([]);
  });
});
