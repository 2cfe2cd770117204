import { expect, test } from 'vitest';
import { EMPTY_FORM } from '@/lib/calcium/form';
import { calciumView } from '@/lib/calcium/view';

const nb = (text: string) => text.replaceAll(' mg', '\u00A0mg');

test('the view of a typed day: subtotals, the day list, the rest of the food and a bad field', () => {
  const view = calciumView({
    ...EMPTY_FORM,
    age: '72',
    sex: 'v',
    amounts: { 'halfvolle-melk': '2', 'kaas-48': '1,5', ei: 'veel', 'supplement-avond': '400' },
  });
  // 2 × 190 = 380; 1,5 × 162 = 243; supplement 400. Total 1023; woman of 72: 1200; 177 short.
  expect(view.subtotals).toEqual({ 'halfvolle-melk': nb('380 mg'), 'kaas-48': nb('243 mg') });
  expect(view.dayLines).toEqual(
    [
      '2 glazen halfvolle melk: 380 mg (37%)',
      '1,5 plakken kaas 48+: 243 mg (24%)',
      'Supplement avond: 400 mg (39%)',
    ].map(nb),
  );
  expect(view.restText).toBe(nb('voor de rest van uw eten rekenen wij 0 mg'));
  expect(view.errors).toEqual({ ei: 'Vul een aantal in met cijfers, zoals 2 of 1,5.' });
  expect(view.invalidNote).toBe('Eén vakje klopt nog niet en telt daarom niet mee. Bij het vakje staat wat er mis is.');
  expect(view.person).toBe('Vrouw, 72 jaar.');
  expect(view.suggestions[0]).toBe(nb('1 glas halfvolle melk extra: +190 mg'));
  expect(view.bar.targetText).toBe(nb('Zwarte streep: het advies, 1.200 mg'));
  expect(view.bar.legend.map((entry) => entry.group)).toEqual(['zuivel', 'supplementen']);
});

test('an empty form asks for age and sex and suggests nothing yet', () => {
  const view = calciumView(EMPTY_FORM);
  expect(view.suggestions).toEqual([]);
  expect(view.noSuggestionText).toBe(
    'Vul uw leeftijd en geslacht in. Dan ziet u hier hoe u een tekort kunt aanvullen.',
  );
  expect(view.targetReason).toBeNull();
  expect(view.invalidNote).toBeNull();
  expect(view.bar.layout.segments).toEqual([]);
});
