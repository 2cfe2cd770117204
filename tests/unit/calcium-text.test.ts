import { describe, expect, test } from 'vitest';
import { calculateCalcium, EMPTY_INPUT, type CalciumInput } from '@/lib/calcium/calculate';
import { barDescription, stepLabel, summarySentence, targetReason, warningText } from '@/lib/calcium/text';
import { findFood } from '@/lib/calcium/foods';
import { targetFor } from '@/lib/calcium/targets';

/** formatMg puts a no-break space before "mg"; the expectations are written with ordinary spaces. */
const nb = (text: string) => text.replaceAll(' mg', '\u00A0mg');

function result(partial: Partial<CalciumInput>) {
  return calculateCalcium({ ...EMPTY_INPUT, ...partial });
}

describe('the sentence for the live region', () => {
  test('a gap, in words, numbers written the Dutch way', () => {
    // 2 × 190 + 1,5 × 162 + 208 + 2 × 12 = 855; woman 60: 1100; 245 short.
    const day = result({
      age: 60,
      sex: 'v',
      portions: { 'halfvolle-melk': 2, 'kaas-48': 1.5, yoghurt: 1, volkorenbrood: 2 },
    });
    expect(summarySentence(day)).toBe(
      nb('U krijgt ongeveer 855 mg calcium per dag binnen. Dat is 245 mg minder dan de 1.100 mg die wordt aangeraden.'),
    );
  });

  test('more than the target', () => {
    // 7 × 190 = 1330; man 30: 950; 380 more.
    expect(summarySentence(result({ age: 30, sex: 'm', portions: { 'halfvolle-melk': 7 } }))).toBe(
      nb('U krijgt ongeveer 1.330 mg calcium per dag binnen. Dat is 380 mg meer dan de 950 mg die wordt aangeraden.'),
    );
  });

  test('exactly the target', () => {
    // 5 × 190 = 950; woman 40: 950.
    expect(summarySentence(result({ age: 40, sex: 'v', portions: { 'halfvolle-melk': 5 } }))).toBe(
      nb('U krijgt ongeveer 950 mg calcium per dag binnen. Dat is precies de 950 mg die wordt aangeraden.'),
    );
  });

  test('without age and sex it asks for them', () => {
    expect(summarySentence(result({}))).toBe(
      nb(
        'U krijgt ongeveer 0 mg calcium per dag binnen. Vul uw leeftijd en geslacht in. Dan ziet u hoeveel u nodig heeft.',
      ),
    );
  });
});

describe('which target is used, and why', () => {
  test('the usual advice', () => {
    const target = targetFor(60, 'v', false);
    expect(target && targetReason(target)).toBe(
      nb(
        'Wij vergelijken met 1.100 mg per dag. Het gewone advies voor een vrouw van 51 tot en met 69 jaar is 1.100 mg per dag (Gezondheidsraad).',
      ),
    );
  });

  test('with osteoporosis, raised into the 1000–1200 mg range', () => {
    const target = targetFor(60, 'm', true);
    expect(target && targetReason(target)).toBe(
      nb(
        'Bij osteoporose of medicijnen tegen osteoporose wordt 1.000 tot 1.200 mg per dag aangeraden. Het gewone advies voor een man van 51 tot en met 69 jaar is 950 mg per dag (Gezondheidsraad). Dat valt buiten deze grenzen, dus wij vergelijken met 1.000 mg.',
      ),
    );
  });
});

test('warnings name the limit and send the reader to a GP or pharmacist', () => {
  const texts = result({
    supplements: { 'supplement-ochtend': 1000, 'supplement-avond': 1000 },
    portions: { 'kaas-30': 3 },
  }).warnings.map(warningText);
  expect(texts).toHaveLength(2);
  expect(texts[0]).toContain(nb('meer dan 2.500 mg calcium per dag'));
  expect(texts[1]).toContain(nb("'s ochtends en 's avonds meer dan 500 mg calcium in één keer"));
  for (const text of texts) expect(text).toMatch(/huisarts of apotheker/);
});

test('the buttons have names that say what they do', () => {
  const milk = findFood('halfvolle-melk');
  expect(milk && stepLabel(milk, -1)).toBe(nb('Eén glas halfvolle melk minder'));
  expect(milk && stepLabel(milk, 1)).toBe(nb('Eén glas halfvolle melk meer'));
});

test('the bar has a text alternative', () => {
  // 2 × 190 = 380 zuivel; 2 × 116 = 232 groente; total 612; man 75: 1200.
  expect(barDescription(result({ age: 75, sex: 'm', portions: { 'halfvolle-melk': 2, boerenkool: 2 } }))).toBe(
    nb('Totaal 612 mg van de 1.200 mg die wordt aangeraden, uit zuivel 380 mg en groente 232 mg.'),
  );
});
