import { describe, expect, test } from 'vitest';
import { decodeFragment, encodeFragment } from '@/lib/calcium/fragment';
import { EMPTY_FORM, type CalciumForm } from '@/lib/calcium/form';

const day: CalciumForm = {
  age: '72',
  sex: 'v',
  osteoporosis: true,
  amounts: { 'halfvolle-melk': '2', 'kaas-48': '1,5', 'supplement-ochtend': '500' },
};

describe('the URL fragment', () => {
  test('is readable', () => {
    expect(encodeFragment(day)).toBe(
      'leeftijd=72&geslacht=v&osteoporose=ja&halfvolle-melk=2&kaas-48=1,5&supplement-ochtend=500',
    );
  });

  test('restores the day, with or without "#"', () => {
    expect(decodeFragment(`#${encodeFragment(day)}`)).toEqual(day);
    expect(decodeFragment(encodeFragment(day))).toEqual(day);
  });

  test('keeps what was typed, even when it is not valid yet', () => {
    const typed: CalciumForm = { ...EMPTY_FORM, amounts: { yoghurt: '½ schaaltje', 'kaas-30': 'twee & meer=veel' } };
    expect(decodeFragment(encodeFragment(typed))).toEqual(typed);
  });

  test('an empty form gives an empty fragment', () => {
    expect(encodeFragment(EMPTY_FORM)).toBe('');
  });

  test.each(['', '#', '#bronnen', '#wat-is-calcium', '#foo=bar', '#=2', '#utm_source=x&ref=y'])(
    "ignores %j: not the calculator's",
    (hash) => {
      expect(decodeFragment(hash)).toBeNull();
    },
  );

  test('skips unknown keys and overlong values, and keeps a bad escape as typed for its field to flag', () => {
    const form = decodeFragment(`#leeftijd=%E0%A4%A&geslacht=man&foo=1&halfvolle-melk=3&kaas-48=${'9'.repeat(60)}`);
    expect(form).toEqual({ ...EMPTY_FORM, age: '%E0%A4%A', sex: 'm', amounts: { 'halfvolle-melk': '3' } });
  });

  test('reads "geslacht=vrouw" and ignores other values for osteoporose', () => {
    expect(decodeFragment('#geslacht=vrouw&osteoporose=nee')).toEqual({ ...EMPTY_FORM, sex: 'v', osteoporosis: false });
  });
});
