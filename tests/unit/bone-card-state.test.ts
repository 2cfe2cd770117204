import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { EMPTY_CARD, LIMITS, readCard, type CardValues } from '@/lib/bone-card/card';
import {
  addToCard,
  decodeCardFragment,
  encodeCalciumForCard,
  encodeCardFragment,
  encodeMeasurementsForCard,
} from '@/lib/bone-card/fragment';
import { MEDICINE_IDS } from '@/lib/bone-card/medicines';
import { QUESTION_IDS } from '@/lib/bone-card/questions';
import { decodeSavedCard, encodeSavedCard } from '@/lib/bone-card/storage';
import { viewCard } from '@/lib/bone-card/view';
import { WEEKDAYS } from '@/lib/format/date';
import { SITES } from '@/lib/tscore/classify';

/** Texts as a person types them: no leading or trailing space (the fragment trims), not empty. */
const typed = fc
  .string({ minLength: 1, maxLength: LIMITS.shortText })
  .map((s) => s.trim())
  .filter((s) => s !== '');
const card: fc.Arbitrary<CardValues> = fc.record({
  measurements: fc.array(
    fc.record({
      date: typed,
      site: fc.constantFrom(...SITES, '' as const),
      kind: fc.constantFrom('t' as const, 'z' as const),
      score: typed,
    }),
    { maxLength: LIMITS.measurements },
  ),
  fractures: fc.array(fc.record({ place: typed, date: typed }), { maxLength: LIMITS.fractures }),
  medicines: fc.array(
    fc.record({
      medicine: fc.constantFrom(...MEDICINE_IDS),
      start: typed,
      last: typed,
      weekday: fc.constantFrom(...WEEKDAYS, '' as const),
      dose: typed,
    }),
    { maxLength: LIMITS.medicines },
  ),
  questions: fc.uniqueArray(fc.constantFrom(...QUESTION_IDS)),
  ownQuestions: fc.array(
    fc
      .string({ minLength: 1, maxLength: 80 })
      .map((s) => s.trim())
      .filter((s) => s !== ''),
    { maxLength: LIMITS.ownQuestions },
  ),
  calcium: fc.record({ intake: typed, target: typed }),
});

describe('saved on this device', () => {
  test('any card survives saving and reading back', () => {
    fc.assert(
      fc.property(card, (values) => {
        expect(decodeSavedCard(encodeSavedCard(values))).toEqual(values);
      }),
    );
  });

  test.each([null, '', 'not json', '[]', '{"version":1}', 'null', '{"card":42}'])('%j gives an empty card', (text) => {
    expect(decodeSavedCard(text)).toEqual(EMPTY_CARD);
  });

  test('a tampered or older save keeps every field that can still be read', () => {
    const saved = JSON.stringify({
      version: 0,
      card: {
        measurements: [
          { date: '14-11-2026', site: 'knie', kind: 'x', score: -2.7 },
          'rommel',
          { score: '-1,2', extra: true },
        ],
        fractures: 'geen lijst',
        medicines: [
          { medicine: 'aspirine', start: 'mei 2025' },
          { medicine: 'denosumab', last: '14-11-2026', weekday: 'maandag' },
        ],
        questions: ['duur', 'duur', 'onbekend', 3],
        ownQuestions: ['Mag ik fietsen?', '', 'x'.repeat(LIMITS.longText + 1)],
        calcium: { intake: 850 },
      },
    });
    expect(decodeSavedCard(saved)).toEqual({
      measurements: [
        { date: '14-11-2026', site: '', kind: 't', score: '' },
        { date: '', site: '', kind: 't', score: '-1,2' },
      ],
      fractures: [],
      medicines: [
        { medicine: '', start: 'mei 2025', last: '', weekday: '', dose: '' },
        { medicine: 'denosumab', start: '', last: '14-11-2026', weekday: '', dose: '' },
      ],
      questions: ['duur'],
      ownQuestions: ['Mag ik fietsen?'],
      calcium: { intake: '', target: '' },
    });
  });

  test('never throws, whatever is stored', () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.json()), (text) => void decodeSavedCard(text)));
    fc.assert(fc.property(fc.anything(), (value) => void readCard(value)));
  });
});

describe('the link that restores the card', () => {
  test('any card survives the fragment', () => {
    fc.assert(
      fc.property(card, (values) => {
        const decoded = decodeCardFragment(encodeCardFragment(values));
        expect(decoded).toEqual({ mode: 'restore', card: values });
      }),
    );
  });

  test('the same own question twice stays twice; a ticked question counts once', () => {
    const values: CardValues = {
      ...EMPTY_CARD,
      questions: ['duur'],
      ownQuestions: ['Mag ik fietsen?', 'Mag ik fietsen?'],
    };
    expect(decodeCardFragment(encodeCardFragment(values))?.card).toEqual(values);
    expect(decodeSavedCard(encodeSavedCard(values))).toEqual(values);
    expect(readCard({ questions: ['duur', 'duur'] }).questions).toEqual(['duur']);
  });

  test.each(['', '#bronnen', '#wervelkolom=-2,7', '#kaart=2&m1-score=-2', '#kaart'])('%j is not a card', (hash) => {
    expect(decodeCardFragment(hash)).toBeNull();
  });

  test('a tampered link keeps what it can', () => {
    const decoded = decodeCardFragment(
      '#kaart=1&m1-score=-2,7&m1-plek=<script>&med1=gif&med1-start=mei%202025&vragen=duur,,x&m9-score=1',
    );
    expect(decoded?.card.measurements).toEqual([{ date: '', site: '', kind: 't', score: '-2,7' }]);
    expect(decoded?.card.medicines).toEqual([{ medicine: '', start: 'mei 2025', last: '', weekday: '', dose: '' }]);
    expect(decoded?.card.questions).toEqual(['duur']);
  });

  test('never throws on any fragment', () => {
    fc.assert(fc.property(fc.string(), (text) => void decodeCardFragment(`#kaart=1&${text}`)));
  });
});

describe('carried over from a tool', () => {
  test('the T-score tool adds its scores to the card the person already has', () => {
    const hash = encodeMeasurementsForCard([{ site: 'wervelkolom', kind: 't', score: '-2,7' }]);
    expect(hash).toBe('#kaart=erbij&m1-plek=wervelkolom&m1-soort=t&m1-score=-2,7');
    const decoded = decodeCardFragment(hash);
    expect(decoded?.mode).toBe('add');
    const existing: CardValues = {
      ...EMPTY_CARD,
      measurements: [{ date: 'mei 2024', site: 'heup', kind: 't', score: '-1,9' }],
    };
    const merged = addToCard(existing, decoded?.card ?? EMPTY_CARD);
    expect(merged.measurements.map((m) => m.score)).toEqual(['-1,9', '-2,7']);
    const view = viewCard(merged, { year: 2026, month: 12, day: 1 });
    expect(view.measurements[1]).toMatchObject({ scoreText: 'T-score -2,7', label: 'Osteoporose' });
  });

  test('the calcium calculator carries its total and the advice', () => {
    const decoded = decodeCardFragment(encodeCalciumForCard(854.6, 1200));
    expect(decoded?.card.calcium).toEqual({ intake: '855', target: '1200' });
    expect(viewCard(decoded?.card ?? EMPTY_CARD, { year: 2026, month: 12, day: 1 }).calcium).toBe(
      'Calcium uit eten en tabletten: 855 mg per dag. Aangeraden: 1.200 mg per dag',
    );
  });
});

describe('messages on the card, tied to their field', () => {
  test('a score of "abc", an empty medicine, an impossible date and a future fracture', () => {
    const view = viewCard(
      {
        ...EMPTY_CARD,
        measurements: [{ date: '31 februari 2026', site: 'heup', kind: 't', score: 'abc' }],
        fractures: [{ place: 'pols', date: 'januari 2027' }],
        medicines: [
          { medicine: '', start: 'mei 2025', last: '', weekday: '', dose: '' },
          { medicine: 'alendronaat-week', start: '', last: '', weekday: '', dose: '' },
          { medicine: 'denosumab', start: '', last: '1-1-2027', weekday: '', dose: '' },
        ],
      },
      { year: 2026, month: 12, day: 1 },
    );
    expect(Object.keys(view.errors).sort()).toEqual([
      'b1-datum',
      'm1-datum',
      'm1-score',
      'med1',
      'med2-dag',
      'med3-laatst',
    ]);
    expect(view.errors['m1-score']).toMatch(/geen getal/);
    expect(view.errors['med1']).toBe('Kies welk medicijn dit is, of haal deze regel weg.');
    expect(view.medicines).toHaveLength(2);
  });
});
