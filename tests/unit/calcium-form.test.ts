import { describe, expect, test } from 'vitest';
import { EMPTY_FORM, parseCalciumForm, readNumber, stepPortion, type CalciumForm } from '@/lib/calcium/form';

function form(partial: Partial<CalciumForm>): CalciumForm {
  return { ...EMPTY_FORM, ...partial };
}

describe('age: a clear Dutch message for bad input', () => {
  test.each([
    ['7', 'Deze rekenhulp is voor volwassenen vanaf 18 jaar. Voor kinderen en jongeren geldt een ander advies.'],
    ['17', 'Deze rekenhulp is voor volwassenen vanaf 18 jaar. Voor kinderen en jongeren geldt een ander advies.'],
    ['140', 'Vul een leeftijd in van 18 tot en met 120 jaar.'],
    ['121', 'Vul een leeftijd in van 18 tot en met 120 jaar.'],
    ['zeventig', 'Vul uw leeftijd in met cijfers, zoals 72.'],
    ['72,5', 'Vul uw leeftijd in hele jaren in, zoals 72.'],
    ['-72', 'Deze rekenhulp is voor volwassenen vanaf 18 jaar. Voor kinderen en jongeren geldt een ander advies.'],
  ])('%j', (age, message) => {
    const parsed = parseCalciumForm(form({ age }));
    expect(parsed.errors.age).toBe(message);
    expect(parsed.input.age).toBeNull();
  });

  test.each([
    ['18', 18],
    [' 72 ', 72],
    ['120', 120],
  ])('%j is a valid age', (age, value) => {
    const parsed = parseCalciumForm(form({ age }));
    expect(parsed.errors).toEqual({});
    expect(parsed.input.age).toBe(value);
  });

  test('an empty age is no error: the total is still shown', () => {
    expect(parseCalciumForm(form({ age: '  ' }))).toMatchObject({ errors: {}, input: { age: null } });
  });
});

describe('portions: halves allowed, bad input explained', () => {
  test.each([
    ['2', 2],
    ['0,5', 0.5],
    ['0.5', 0.5],
    ['½', 0.5],
    ['½ glas', 0.5],
    ['1½', 1.5],
    ['1 ½ glazen', 1.5],
    ['1,5 Glazen', 1.5],
    ['0', 0],
    ['20', 20],
  ])('%j counts as %d', (text, value) => {
    const parsed = parseCalciumForm(form({ amounts: { 'halfvolle-melk': text } }));
    expect(parsed.errors).toEqual({});
    expect(parsed.input.portions['halfvolle-melk']).toBe(value);
  });

  test.each([
    ['-1', 'Een aantal kan niet kleiner zijn dan 0.'],
    ['twee', 'Vul een aantal in met cijfers, zoals 2 of 1,5.'],
    ['2 plakken', 'Vul een aantal in met cijfers, zoals 2 of 1,5.'],
    ['300', 'Dat is erg veel. Vul een aantal in van 0 tot en met 20.'],
    ['1.000', 'Dat is erg veel. Vul een aantal in van 0 tot en met 20.'],
    ['0,25', 'Vul hele of halve porties in, zoals 1 of 1,5.'],
    ['¼', 'Vul hele of halve porties in, zoals 1 of 1,5.'],
  ])('%j gets "%s"', (text, message) => {
    const parsed = parseCalciumForm(form({ amounts: { 'halfvolle-melk': text } }));
    expect(parsed.errors['halfvolle-melk']).toBe(message);
    expect(parsed.input.portions['halfvolle-melk']).toBeUndefined();
  });

  test('one bad field does not hide the rest of the day', () => {
    const parsed = parseCalciumForm(form({ age: '7', amounts: { 'halfvolle-melk': 'veel', 'kaas-48': '2' } }));
    expect(Object.keys(parsed.errors).sort()).toEqual(['age', 'halfvolle-melk']);
    expect(parsed.input.portions).toEqual({ 'kaas-48': 2 });
  });
});

describe('supplements in mg', () => {
  test.each([
    ['500', 500],
    ['500 mg', 500],
    ['1.000', 1000],
    ['1000 milligram', 1000],
    ['2500', 2500],
  ])('%j is %d mg', (text, mg) => {
    const parsed = parseCalciumForm(form({ amounts: { 'supplement-ochtend': text } }));
    expect(parsed.errors).toEqual({});
    expect(parsed.input.supplements['supplement-ochtend']).toBe(mg);
  });

  test.each([
    ['-500', 'Het aantal milligram kan niet kleiner zijn dan 0.'],
    ['een tablet', 'Vul het aantal milligram in met cijfers, zoals 500.'],
    [
      '5000',
      'Zoveel calcium zit niet in één keer. Kijk op de verpakking hoeveel milligram calcium er in één tablet zit.',
    ],
  ])('%j gets "%s"', (text, message) => {
    expect(parseCalciumForm(form({ amounts: { 'supplement-avond': text } })).errors['supplement-avond']).toBe(message);
  });
});

describe('stepPortion: the − and + buttons', () => {
  test.each([
    ['', 1, '1'],
    ['1', 1, '2'],
    ['1,5', 1, '2,5'],
    ['½', 1, '1,5'],
    ['2', -1, '1'],
    ['0,5', -1, '0'],
    ['0', -1, '0'],
    ['', -1, '0'],
    ['20', 1, '20'],
    ['300', -1, '19'],
    ['abc', 1, '1'],
    ['-3', 1, '1'],
    ['0,25', 1, '1,5'],
    ['1 glas', 1, '2'],
  ] as const)('%j %i → %j', (text, delta, next) => {
    expect(stepPortion(text, delta, ['glas', 'glazen'])).toBe(next);
  });
});

test('readNumber reads "1.000" as a thousand, working around parseDutchNumber', () => {
  expect(readNumber('1.000')).toBe(1000);
  expect(readNumber('1.5')).toBe(1.5);
  expect(readNumber('12.000.000')).toBe(12000000);
});
