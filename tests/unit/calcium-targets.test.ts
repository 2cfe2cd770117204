import { describe, expect, test } from 'vitest';
import { targetFor, TARGET_BANDS, MIN_AGE, MAX_AGE } from '@/lib/calcium/targets';

// Gezondheidsraad 2018 via medical-facts.md §2.1 / §9: 18–24 1000; 25–50 950; 51–69 men 950, women 1100; ≥70 1200.
describe('targetFor: the usual advice, exact at every age edge', () => {
  test.each([
    [18, 'v', 1000],
    [18, 'm', 1000],
    [24, 'v', 1000],
    [24, 'm', 1000],
    [25, 'v', 950],
    [25, 'm', 950],
    [50, 'v', 950],
    [50, 'm', 950],
    [51, 'v', 1100],
    [51, 'm', 950],
    [69, 'v', 1100],
    [69, 'm', 950],
    [70, 'v', 1200],
    [70, 'm', 1200],
    [120, 'v', 1200],
    [120, 'm', 1200],
  ] as const)('age %i, sex %s: %i mg', (age, sex, mg) => {
    const target = targetFor(age, sex, false);
    expect(target?.mg).toBe(mg);
    expect(target?.adviceMg).toBe(mg);
    expect(target?.osteoporosis).toBe(false);
  });

  test.each([17, 121, 7, 140])('no target outside the adult bands (age %i)', (age) => {
    expect(targetFor(age, 'v', false)).toBeNull();
  });

  test('the bands cover every age from the minimum to the maximum exactly once', () => {
    for (let age = MIN_AGE; age <= MAX_AGE; age += 1) {
      expect(TARGET_BANDS.filter((band) => age >= band.minAge && age <= band.maxAge)).toHaveLength(1);
    }
  });
});

// Farmacotherapeutisch Kompas (§2.4): 1000–1200 mg with osteoporosis; the usual advice is kept inside that range.
describe('targetFor with osteoporosis or osteoporosis medicines', () => {
  test.each([
    [18, 'v', 1000, 1000],
    [24, 'm', 1000, 1000],
    [25, 'v', 1000, 950],
    [50, 'm', 1000, 950],
    [51, 'v', 1100, 1100],
    [51, 'm', 1000, 950],
    [69, 'v', 1100, 1100],
    [69, 'm', 1000, 950],
    [70, 'v', 1200, 1200],
    [70, 'm', 1200, 1200],
  ] as const)('age %i, sex %s: compared with %i mg (usual advice %i mg)', (age, sex, mg, adviceMg) => {
    expect(targetFor(age, sex, true)).toMatchObject({ mg, adviceMg, osteoporosis: true });
  });
});
