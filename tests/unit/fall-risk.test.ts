import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { FALL_RISK_CUT_OFF, FALL_RISK_ITEMS, FALL_RISK_MAX_SCORE } from '@/lib/fall-risk/items';
import { decodeFallRiskFragment, encodeFallRiskFragment } from '@/lib/fall-risk/fragment';
import { describeFallRisk, fallRiskScore } from '@/lib/fall-risk/score';
import { fallRiskSheetRows } from '@/lib/fall-risk/sheet';

const keys = FALL_RISK_ITEMS.map((item) => item.key);
const yes = (...which: string[]) => Object.fromEntries(which.map((key) => [key, 'ja']));
const [fallen, walkingAid, ...light] = keys as [string, string, ...string[]];

describe('the CDC STEADI checklist (medical-facts §10.1)', () => {
  test('has 12 items, numbered 1 to 12, with a maximum of 14 points', () => {
    expect(FALL_RISK_ITEMS.map((item) => item.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(FALL_RISK_MAX_SCORE).toBe(14);
    expect(new Set(keys).size).toBe(12);
  });

  test.each(FALL_RISK_ITEMS.map((item) => [item.number, item.key, item.number <= 2 ? 2 : 1] as const))(
    'item %i (%s) scores %i point(s) for "ja" and 0 for "nee"',
    (_number, key, points) => {
      expect(fallRiskScore(yes(key))).toBe(points);
      expect(fallRiskScore({ [key]: 'nee' })).toBe(0);
    },
  );

  test('nothing answered is 0 points, every question counted as "nee"', () => {
    const result = describeFallRisk({});
    expect(result.points).toBe(0);
    expect(result.unanswered).toBe(12);
    expect(result.headline).toBe(
      'U heeft 0 punten. Dat is minder dan 4. Uit deze vragen blijkt geen grotere kans om te vallen.',
    );
  });

  test.each([
    ['three light items', 3, false, yes(...light.slice(0, 3))],
    ['four light items', 4, true, yes(...light.slice(0, 4))],
    ['one heavy and one light item', 3, false, yes(fallen, light[0]!)],
    ['one heavy and two light items', 4, true, yes(walkingAid, light[0]!, light[1]!)],
    ['both heavy items', 4, true, yes(fallen, walkingAid)],
    ['one heavy item', 2, false, yes(fallen)],
  ])('%s: %i points, higher risk %s', (_name, points, higher, answers) => {
    const result = describeFallRisk(answers);
    expect(result.points).toBe(points);
    expect(result.higherRisk).toBe(higher);
    expect(result.higherRisk).toBe(points >= FALL_RISK_CUT_OFF);
  });

  test('says the points and the meaning in words', () => {
    expect(describeFallRisk(yes(fallen, walkingAid, light[0]!)).headline).toBe(
      'U heeft 5 punten. Dat betekent dat u een grotere kans kunt hebben om te vallen.',
    );
    expect(describeFallRisk(yes(light[0]!)).headline).toMatch(/^U heeft 1 punt\. /);
  });

  test.each([
    [
      'a fall in the past year',
      yes(fallen),
      'U heeft 2 punten. Dat is minder dan 4. Maar u bent het afgelopen jaar gevallen. Bespreek uw val met uw huisarts.',
    ],
    [
      'worry about falling',
      yes('bang-om-te-vallen'),
      'U heeft 1 punt. Dat is minder dan 4. Maar u zei ja op een vraag die huisartsen ook stellen. Bespreek het met uw huisarts.',
    ],
    [
      'a question outside the Dutch three',
      yes('wc'),
      'U heeft 1 punt. Dat is minder dan 4. Uit deze vragen blijkt geen grotere kans om te vallen.',
    ],
  ])(
    'below 4 with %s: never "geen grotere kans" after a "ja" on a Dutch screening question',
    (_name, answers, headline) => {
      expect(describeFallRisk(answers).headline).toBe(headline);
    },
  );

  test('below 4, any "ja" on a Dutch screening question never says "geen grotere kans"', () => {
    for (const item of FALL_RISK_ITEMS.filter((entry) => entry.screening && entry.points < FALL_RISK_CUT_OFF)) {
      expect(describeFallRisk(yes(item.key)).headline).not.toContain('geen grotere kans');
    }
  });

  test('at 4 or more the steps follow the Dutch pathway: GP, programme, basic insurance, the two articles', () => {
    const steps = describeFallRisk(yes(fallen, walkingAid)).steps;
    const text = steps.map((step) => step.text).join(' ');
    expect(text).toContain('huisarts');
    expect(text).toContain('basisverzekering');
    expect(steps.map((step) => step.link?.href)).toEqual(
      expect.arrayContaining(['/artikelen/vallen-voorkomen', '/artikelen/bewegen-en-oefeningen']),
    );
  });

  test('below 4, a "ja" on a Dutch screening question leads to the GP, without a risk level', () => {
    const steps = describeFallRisk(yes(fallen)).steps;
    expect(steps[0]?.text).toContain('Bespreek het met uw huisarts');
    expect(steps.map((s) => s.text).join(' ')).not.toMatch(/\b(laag|matig|hoog)\b/);
    expect(describeFallRisk(yes('wc')).steps[0]?.text).not.toContain('drie vragen');
  });

  test('adding a "ja" never lowers the score', () => {
    const answer = fc.constantFrom('ja', 'nee', undefined);
    fc.assert(
      fc.property(fc.array(answer, { minLength: 12, maxLength: 12 }), fc.nat(11), (values, index) => {
        const answers = Object.fromEntries(keys.flatMap((key, i) => (values[i] ? [[key, values[i]]] : [])));
        const more = { ...answers, [keys[index]!]: 'ja' };
        expect(fallRiskScore(more)).toBeGreaterThanOrEqual(fallRiskScore(answers));
      }),
    );
  });
});

const fragmentText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc
    .array(
      fc.tuple(
        fc.constantFrom(...keys, 'GEVALLEN', 'x', ''),
        fc.constantFrom('ja', 'nee', 'JA', ' Nee ', '%E0%A4', ''),
      ),
    )
    .map((pairs) => `#${pairs.map(([key, value]) => `${key}=${value}`).join('&')}`),
);

describe('the fall-risk fragment', () => {
  test('round-trips the answers given, in checklist order', () => {
    const answers = { somber: 'ja', gevallen: 'nee', wc: 'ja' };
    const hash = encodeFallRiskFragment(answers);
    expect(hash).toBe('#gevallen=nee&wc=ja&somber=ja');
    expect(decodeFallRiskFragment(hash)).toEqual(answers);
  });

  test('nothing answered is an empty fragment', () => {
    expect(encodeFallRiskFragment({})).toBe('');
  });

  test('ignores unknown keys, unknown values and section anchors; reads any case', () => {
    expect(decodeFallRiskFragment('#GEVALLEN=Ja&stok-of-rollator=misschien&onbekend=ja&somber=')).toEqual({
      gevallen: 'ja',
    });
    expect(decodeFallRiskFragment('#bronnen')).toEqual({});
  });

  test('any fragment string decodes without throwing, to known answers only', () => {
    fc.assert(
      fc.property(fragmentText, (text) => {
        const answers = decodeFallRiskFragment(text);
        for (const [key, value] of Object.entries(answers)) {
          expect(keys).toContain(key);
          expect(['ja', 'nee']).toContain(value);
        }
        expect(decodeFallRiskFragment(encodeFallRiskFragment(answers))).toEqual(answers);
      }),
    );
  });
});

describe('the printed sheet', () => {
  test('lists all 12 questions with the answer given, its points, and "Geen antwoord" for the rest', () => {
    const rows = fallRiskSheetRows({ gevallen: 'ja', wc: 'nee', somber: 'ja' });
    expect(rows).toHaveLength(12);
    expect(rows[0]).toEqual({ number: 1, question: 'Bent u het afgelopen jaar gevallen?', answer: 'Ja (2 punten)' });
    expect(rows[7]?.answer).toBe('Nee');
    expect(rows[11]?.answer).toBe('Ja (1 punt)');
    expect(rows[1]?.answer).toBe('Geen antwoord');
  });
});
