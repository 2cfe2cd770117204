import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { formatDutchNumber, parseDutchNumber } from '@/lib/format/number';
import {
  CATEGORY_SEVERITY,
  SCORE_HARD_MAX,
  SCORE_HARD_MIN,
  classifyTScore,
  classifyZScore,
  evaluateScores,
  formatScore,
  roundToOneDecimal,
  type TCategoryId,
} from '@/lib/tscore/classify';
import { EMPTY_FORM, checkTScoreForm, parseScoreText } from '@/lib/tscore/input';
import { describeTScore } from '@/lib/tscore/result';
import { scaleModel } from '@/lib/tscore/scale';

// Rounding rule under test: half away from zero on the typed decimal, so −2,45 → −2,5 and −1,05 → −1,1.
describe('rounding to one decimal', () => {
  test.each([
    [-2.45, -2.5],
    [-2.44, -2.4],
    [-2.449, -2.4],
    [-2.4999999, -2.5],
    [-1.05, -1.1],
    [-1.04, -1.0],
    [-1.049, -1.0],
    [4.35, 4.4],
    [-4.35, -4.4],
    [0.05, 0.1],
    [-0.04, 0],
    [-0.05, -0.1],
    [1.15, 1.2],
    [-2.5, -2.5],
    [-10, -10],
  ])('%d rounds to %d', (typed, rounded) => {
    expect(roundToOneDecimal(typed)).toBe(rounded);
  });

  test('never gives minus zero', () => {
    expect(Object.is(roundToOneDecimal(-0.04), 0)).toBe(true);
    expect(formatScore(-0.04)).toBe('0,0');
  });
});

describe('T-score bands around both boundaries', () => {
  test.each<[string, TCategoryId]>([
    ['0', 'normaal'],
    ['-0,9', 'normaal'],
    ['-1', 'normaal'],
    ['-1,0', 'normaal'],
    ['-1,04', 'normaal'],
    ['-1,05', 'osteopenie'],
    ['-1,1', 'osteopenie'],
    ['-2,0', 'osteopenie'],
    ['-2,4', 'osteopenie'],
    ['-2,44', 'osteopenie'],
    ['-2,45', 'osteoporose'],
    ['-2,5', 'osteoporose'],
    ['-2,50', 'osteoporose'],
    ['-2,6', 'osteoporose'],
    ['-4,9', 'osteoporose'],
    ['+3,2', 'normaal'],
  ])('T-score %s is %s', (text, category) => {
    const parsed = parseScoreText(text);
    expect(parsed.status).toBe('valid');
    if (parsed.status !== 'valid') return;
    expect(classifyTScore(parsed.typed)).toBe(category);
  });

  test.each([
    ['-2,5', 'ernstige-osteoporose'],
    ['-3,1', 'ernstige-osteoporose'],
    ['-2,4', 'osteopenie'],
    ['-0,5', 'normaal'],
  ])('with a fracture after a small fall, T-score %s is %s', (text, category) => {
    expect(classifyTScore(parseDutchNumber(text) ?? Number.NaN, true)).toBe(category);
  });
});

describe('Z-score bands', () => {
  test.each([
    [-1.9, 'binnen-verwachting'],
    [-1.95, 'lager-dan-verwacht'],
    [-1.94, 'binnen-verwachting'],
    [-2.0, 'lager-dan-verwacht'],
    [-2.1, 'lager-dan-verwacht'],
    [-3.5, 'lager-dan-verwacht'],
    [1.0, 'binnen-verwachting'],
  ])('Z-score %d is %s', (value, category) => {
    expect(classifyZScore(value)).toBe(category);
  });

  test('a Z-score never says osteoporose, even with a fracture', () => {
    const result = describeTScore({ group: 'z', fracture: true, scores: { wervelkolom: -3.4 } });
    expect(result?.label).toBe('Lager dan verwacht voor uw leeftijd');
    const words = [result?.label, result?.summary, ...(result?.explanation ?? []), ...(result?.nextSteps ?? [])];
    expect(words.join(' ').toLowerCase()).not.toContain('osteoporose');
    expect(result?.nextSteps.join(' ')).toContain('botbreuk na een kleine val');
  });
});

describe('what people type', () => {
  test.each([
    ['-2,5', -2.5],
    ['-2.5', -2.5],
    ['\u22122,5', -2.5],
    ['\u2212 2,5', -2.5],
    ['\u20132,5', -2.5],
    ['\u20102,5', -2.5],
    ['  -2,5  ', -2.5],
    ['- 2,5', -2.5],
    ['+1,2', 1.2],
    ['+ 1,2', 1.2],
    ['1,2', 1.2],
    ['0', 0],
    ['-3', -3],
    ['-,5', -0.5],
    ['-2,5\u200B', -2.5],
    ['\u00A0-2,5', -2.5],
    ['-2,45', -2.5],
    ['-10', -10],
    ['10', 10],
  ])('%j is read as %d', (text, value) => {
    const parsed = parseScoreText(text);
    expect(parsed).toMatchObject({ status: 'valid', value });
  });

  test.each([
    ['', 'empty', 'Vul uw T-score in'],
    ['   ', 'empty', 'Vul uw T-score in'],
    ['abc', 'invalid', 'Dit is geen getal'],
    ['min twee', 'invalid', 'Dit is geen getal'],
    ['-', 'invalid', 'Dit is geen getal'],
    ['-2,5%', 'invalid', 'Dit is geen getal'],
    ['--2,5', 'invalid', 'Dit is geen getal'],
    ['2,5-', 'invalid', 'Dit is geen getal'],
    ['T-score -2,5', 'invalid', 'Typ alleen het getal'],
    ['-2,5 -1,9', 'invalid', 'Typ één getal'],
    ['-2,5/-1,9', 'invalid', 'Typ één getal'],
    ['-25', 'invalid', 'Bedoelt u -2,5?'],
    ['-11', 'invalid', 'van -10 tot en met +10'],
    ['12,5', 'invalid', 'van -10 tot en met +10'],
    ['-10,04', 'invalid', 'te groot of te klein'],
    ['9'.repeat(41), 'invalid', 'Dit is geen getal'],
  ])('%j is refused with a Dutch message', (text, status, message) => {
    const parsed = parseScoreText(text);
    expect(parsed.status).toBe(status);
    if (parsed.status === 'valid') return;
    expect(parsed.message).toContain(message);
    expect(parsed.message).toMatch(/bijvoorbeeld|Bedoelt u/i);
  });

  test.each([
    ['-5,4', true],
    ['-5,04', false],
    ['-5,0', false],
    ['4,0', false],
    ['4,1', true],
    ['-9,9', true],
  ])('%s asks to check the report: %s', (text, warns) => {
    const parsed = parseScoreText(text);
    expect(parsed.status).toBe('valid');
    if (parsed.status !== 'valid') return;
    expect(parsed.warning !== null).toBe(warns);
    if (warns) expect(parsed.warning).toContain('Controleer uw uitslag');
  });

  test('the messages name the Z-score when that group is chosen', () => {
    expect(parseScoreText('', 'Z-score')).toMatchObject({ message: expect.stringContaining('Z-score') });
  });
});

describe('the whole form', () => {
  test('no score at all gives one message, on the first field', () => {
    const check = checkTScoreForm(EMPTY_FORM);
    expect(check.input).toBeNull();
    expect(check.fields.wervelkolom.error).toContain('Vul ten minste één T-score in');
    expect(check.fields.heup.error).toBeNull();
  });

  test('one invalid field blocks the result and keeps the others', () => {
    const check = checkTScoreForm({ ...EMPTY_FORM, texts: { wervelkolom: '-2,7', heup: 'x', dijbeenhals: '' } });
    expect(check.input).toBeNull();
    expect(check.fields.heup.error).toContain('Dit is geen getal');
    expect(check.fields.wervelkolom.error).toBeNull();
  });

  test('the lowest of three sites counts and the result names it', () => {
    const check = checkTScoreForm({
      group: 't',
      fracture: false,
      texts: { wervelkolom: '-1,2', heup: '\u22122,7', dijbeenhals: '-2,1' },
    });
    expect(check.input).not.toBeNull();
    const result = check.input ? describeTScore(check.input) : null;
    expect(result).toMatchObject({ categoryId: 'osteoporose', label: 'Osteoporose', valueText: '-2,7' });
    expect(result?.lowestSites).toEqual(['heup']);
    expect(result?.summary).toContain('de totale heup');
    expect(result?.perSite).toHaveLength(3);
  });

  test('equal lowest scores name both sites', () => {
    const result = describeTScore({ group: 't', fracture: false, scores: { wervelkolom: -1.5, dijbeenhals: -1.5 } });
    expect(result?.lowestSites).toEqual(['wervelkolom', 'dijbeenhals']);
    expect(result?.summary).toContain('de lendenwervels (wervelkolom) en de dijbeenhals');
  });

  test('a fracture after a small fall makes osteoporose ernstige osteoporose', () => {
    const result = describeTScore({ group: 't', fracture: true, scores: { heup: -2.6 } });
    expect(result?.categoryId).toBe('ernstige-osteoporose');
    expect(result?.label).toBe('Ernstige osteoporose');
  });

  test('a fracture with osteopenie is not called osteoporose, but is mentioned for the GP', () => {
    const result = describeTScore({ group: 't', fracture: true, scores: { heup: -1.6 } });
    expect(result?.categoryId).toBe('osteopenie');
    expect(result?.nextSteps.join(' ')).toContain('Vertel dat aan uw huisarts');
  });

  test('every result sends the reader to the GP, explains fracture risk and links the three articles', () => {
    const result = describeTScore({ group: 't', fracture: false, scores: { wervelkolom: -2.5 } });
    expect(result?.nextSteps.join(' ')).toContain('huisarts');
    expect(result?.nextSteps.join(' ')).toContain('niet alleen van de T-score');
    expect(result?.links.map((link) => link.href)).toEqual([
      '/artikelen/botdichtheidsmeting-dexa',
      '/artikelen/medicijnen',
      '/artikelen/bewegen-en-oefeningen',
    ]);
  });

  test('no scores means no result', () => {
    expect(evaluateScores({ group: 't', fracture: false, scores: {} })).toBeNull();
  });
});

describe('the scale picture', () => {
  test('the marker sits in the band of the category and the text alternative says so', () => {
    const model = scaleModel('t', -2.7);
    const band = model.bands.find((entry) => entry.id === 'osteoporose');
    expect(model.marker?.notch.y1).toBeGreaterThan(band?.y ?? Infinity);
    expect(model.marker?.notch.y1).toBeLessThan((band?.y ?? 0) + (band?.height ?? 0));
    expect(model.description).toContain('Uw score -2,7 staat in het deel osteoporose');
  });

  test('a value beyond the scale is drawn at the end and described as such', () => {
    const model = scaleModel('t', -7.5);
    expect(model.marker?.notch.y1).toBe(model.bar.y + model.bar.height);
    expect(model.description).toContain('valt buiten de schaal');
  });

  test('the Z scale has the two Z bands only', () => {
    expect(scaleModel('z', -1).bands.map((band) => band.id)).toEqual(['binnen-verwachting', 'lager-dan-verwacht']);
  });
});

const validScore = fc.double({ min: SCORE_HARD_MIN, max: SCORE_HARD_MAX, noNaN: true });
const categories: TCategoryId[] = ['normaal', 'osteopenie', 'osteoporose', 'ernstige-osteoporose'];

describe('properties', () => {
  test('every valid value gets exactly one category', () => {
    fc.assert(
      fc.property(validScore, fc.boolean(), (value, fracture) => {
        const category = classifyTScore(value, fracture);
        expect(categories.filter((candidate) => candidate === category)).toHaveLength(1);
        const t = roundToOneDecimal(value);
        const matches = [t >= -1, t < -1 && t > -2.5, t <= -2.5].filter(Boolean);
        expect(matches).toHaveLength(1);
      }),
    );
  });

  test('a lower score never gets a milder category', () => {
    fc.assert(
      fc.property(validScore, validScore, fc.boolean(), (a, b, fracture) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        expect(CATEGORY_SEVERITY[classifyTScore(low, fracture)]).toBeGreaterThanOrEqual(
          CATEGORY_SEVERITY[classifyTScore(high, fracture)],
        );
        expect(CATEGORY_SEVERITY[classifyZScore(low)]).toBeGreaterThanOrEqual(CATEGORY_SEVERITY[classifyZScore(high)]);
      }),
    );
  });

  test('formatting a score and parsing it gives it back', () => {
    fc.assert(
      fc.property(fc.integer({ min: SCORE_HARD_MIN * 10, max: SCORE_HARD_MAX * 10 }), (tenths) => {
        const value = tenths / 10;
        const parsed = parseScoreText(formatScore(value));
        expect(parsed).toMatchObject({ status: 'valid', value });
        expect(parseDutchNumber(formatDutchNumber(value, 1))).toBe(value);
      }),
    );
  });

  test('rounding agrees with the number shown', () => {
    fc.assert(
      fc.property(validScore, (value) => {
        expect(parseDutchNumber(formatScore(value))).toBe(roundToOneDecimal(value));
      }),
    );
  });

  test('any text gives a value or a Dutch message, never a throw, NaN or Infinity', () => {
    const pieces = fc.constantFrom('-', '\u2212', '+', ',', '.', ' ', '1', '2', '5', '0', 'e', 'a', '½', '\u200B', '%');
    const text = fc.oneof(
      fc.string(),
      fc.string({ unit: 'grapheme' }),
      fc.array(pieces).map((list) => list.join('')),
    );
    fc.assert(
      fc.property(text, (input) => {
        const parsed = parseScoreText(input);
        if (parsed.status === 'valid') {
          expect(Number.isFinite(parsed.value)).toBe(true);
          expect(parsed.value).toBeGreaterThanOrEqual(SCORE_HARD_MIN);
          expect(parsed.value).toBeLessThanOrEqual(SCORE_HARD_MAX);
        } else {
          expect(parsed.message).toMatch(/^(Vul|Typ|Dit)/);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
