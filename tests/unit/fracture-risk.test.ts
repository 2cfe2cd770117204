import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { checkAge } from '@/lib/fracture-risk/age';
import { decodeFractureFragment, encodeFractureFragment } from '@/lib/fracture-risk/fragment';
import { ALL_CHOICE_QUESTIONS, FRACTURE_QUESTIONS } from '@/lib/fracture-risk/questions';
import { sheetResultLines, sheetRows } from '@/lib/fracture-risk/sheet';
import { describeFractureRisk, type FractureRiskResult } from '@/lib/fracture-risk/result';

const check = (age: number | string, answers: Record<string, string> = {}) =>
  describeFractureRisk({ age: String(age), answers });
const kind = (result: FractureRiskResult) => result.kind;
const groups = (result: FractureRiskResult) => (result.kind === 'leeftijd' ? [] : result.groups);

describe('the age (zod, Dutch messages, never an exception)', () => {
  test.each([
    ['', 'Vul eerst uw leeftijd in'],
    ['zeventig', 'met cijfers'],
    ['7', 'vanaf 18 jaar'],
    ['140', 'van 18 tot en met 120 jaar'],
    ['67,5', 'hele jaren'],
    ['-60', 'vanaf 18 jaar'],
  ])('%j → a message containing %j', (text, message) => {
    const result = checkAge(text);
    expect(result.age).toBeNull();
    expect(result.error).toContain(message);
    expect(check(text).kind).toBe('leeftijd');
  });

  test.each([
    ['67', 67],
    [' 18 ', 18],
    ['120', 120],
    ['67 jaar', 67],
  ])('%j → %i', (text, age) => {
    expect(checkAge(text)).toEqual({ age, error: null });
  });
});

describe('NHG risicogroep 1: 50 or older with a fracture less than 2 years ago (medical-facts §11.1)', () => {
  test.each([
    [49, 'recent', 'bespreek', []],
    [50, 'recent', 'afspraak', [1]],
    [51, 'recent', 'afspraak', [1]],
    [50, 'eerder', 'bespreek', []],
    [80, 'eerder', 'bespreek', []],
    [80, 'recent', 'afspraak', [1]],
    [59, 'eerder', 'bespreek', []],
    [50, 'nee', 'geen', []],
  ])('age %i, fracture %s → %s, groups %j', (age, breuk, expected, expectedGroups) => {
    const result = check(age, { breuk });
    expect(kind(result)).toBe(expected);
    expect(groups(result)).toEqual(expectedGroups);
  });

  test('says which answer counts, in words, and never diagnoses or gives a percentage', () => {
    const result = check(50, { breuk: 'recent' });
    expect(result.headline).toBe(
      'Door uw botbreuk in de afgelopen 2 jaar hoort u bij de mensen bij wie de huisarts de kans op een botbreuk wil inschatten. Maak een afspraak met uw huisarts.',
    );
    expect(result.kind === 'afspraak' && result.counted).toEqual([
      'U bent 50 jaar of ouder en u brak in de afgelopen 2 jaar een bot.',
    ]);
  });
});

describe('NHG risicogroep 2: 40 or older with prednison for 3 months or more, or 4 or more courses a year', () => {
  test.each([
    [39, { prednison: 'langer' }, 'bespreek', []],
    [40, { prednison: 'langer' }, 'afspraak', [2]],
    [40, { prednison: 'korter' }, 'bespreek', []],
    [39, { stootkuren: 'ja' }, 'bespreek', []],
    [40, { stootkuren: 'ja' }, 'afspraak', [2]],
    [40, { stootkuren: 'nee', prednison: 'nee' }, 'geen', []],
  ])('age %i, %j → %s, groups %j', (age, answers, expected, expectedGroups) => {
    const result = check(age, answers);
    expect(kind(result)).toBe(expected);
    expect(groups(result)).toEqual(expectedGroups);
  });
});

describe('NHG risicogroep 3: 60 or older with a risk factor the 2024 text names', () => {
  test.each([
    ['ouder-heup', 'ja'],
    ['gewicht', 'ja'],
    ['roken', 'ja'],
    ['alcohol', 'ja'],
    ['gevallen', 'een-keer'],
    ['gevallen', 'vaker'],
    ['prednison', 'korter'],
  ])('%s=%s: 59 → bespreek, 60 → afspraak (group 3)', (key, value) => {
    expect(kind(check(59, { [key]: value }))).toBe('bespreek');
    const result = check(60, { [key]: value });
    expect(kind(result)).toBe('afspraak');
    expect(groups(result)).toEqual([3]);
  });

  test.each([
    ['reuma', 'ja'],
    ['ziekte', 'ja'],
    ['medicijnen', 'ja'],
    ['overgang', 'ja'],
    ['breuk', 'eerder'],
  ])('%s=%s is not in the readable 2024 text: "bespreek" at any age, never a risk group', (key, value) => {
    for (const age of [45, 59, 60, 85]) {
      const result = check(age, { [key]: value });
      expect(kind(result)).toBe('bespreek');
      expect(result.headline).toContain('Bespreek het met uw huisarts');
    }
  });

  test('60 or older without any factor: no clear reason, but questions are always welcome', () => {
    const result = check(60);
    expect(kind(result)).toBe('geen');
    expect(result.headline).toMatch(/^Uit uw antwoorden blijkt geen duidelijke reden/);
    expect(result.kind === 'geen' && result.notes.join(' ')).toContain('Vanaf 60 jaar');
    const younger = check(59);
    expect(younger.kind === 'geen' && younger.notes.join(' ')).not.toContain('Vanaf 60 jaar');
  });

  test('several groups: the headline speaks of "uw antwoorden" and lists each reason', () => {
    const result = check(72, { breuk: 'recent', prednison: 'langer', roken: 'ja', reuma: 'ja' });
    expect(groups(result)).toEqual([1, 2, 3]);
    expect(result.headline).toMatch(/^Door uw antwoorden hoort u/);
    expect(result.kind === 'afspraak' && result.toDiscuss).toEqual(['u heeft reumatoïde artritis']);
  });
});

describe('other rules', () => {
  test('two or more falls: the GP also asks about falling, with a link to the fall-risk test', () => {
    const result = check(55, { gevallen: 'vaker' });
    expect(result.kind !== 'leeftijd' && result.links.map((l) => l.href)).toContain('/hulpmiddelen/valrisico');
    const once = check(55, { gevallen: 'een-keer' });
    expect(once.kind !== 'leeftijd' && once.links.map((l) => l.href)).not.toContain('/hulpmiddelen/valrisico');
  });

  test("a man's answer to the menopause question is left out", () => {
    expect(kind(check(50, { geslacht: 'm', overgang: 'ja' }))).toBe('geen');
    expect(kind(check(50, { geslacht: 'v', overgang: 'ja' }))).toBe('bespreek');
  });

  test('no result ever says "osteoporose" or gives a percentage', () => {
    const values = ALL_CHOICE_QUESTIONS.map((q) => fc.constantFrom(undefined, ...q.options.map((o) => o.value)));
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 150 }), fc.tuple(...values), (age, picked) => {
        const answers = Object.fromEntries(
          ALL_CHOICE_QUESTIONS.flatMap((q, i) => (picked[i] ? [[q.key, picked[i]]] : [])),
        );
        const text = JSON.stringify(check(age, answers));
        expect(text).not.toMatch(/osteoporose|%|procent/i);
      }),
    );
  });
});

describe('the fracture-risk fragment', () => {
  test('round-trips age and answers', () => {
    const form = { age: '67', answers: { geslacht: 'v', breuk: 'recent', roken: 'ja', alcohol: 'nee' } };
    const hash = encodeFractureFragment(form);
    expect(hash).toBe('#leeftijd=67&geslacht=v&breuk=recent&roken=ja&alcohol=nee');
    expect(decodeFractureFragment(hash)).toEqual(form);
  });

  test('keeps a wrong age as typed, so its message shows; drops unknown keys and values', () => {
    expect(decodeFractureFragment('#leeftijd=140&onbekend=ja&breuk=misschien&ROKEN=JA')).toEqual({
      age: '140',
      answers: { roken: 'ja' },
    });
    expect(check('140').headline).toContain('tot en met 120');
  });

  test.each(['', '#', '#bronnen', '#onbekend=ja'])('%j is not this check: null', (hash) => {
    expect(decodeFractureFragment(hash)).toBeNull();
  });

  test('any fragment string decodes and is described without throwing', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        const form = decodeFractureFragment(`#leeftijd=${text}&${text}`);
        expect(() => describeFractureRisk(form ?? { age: '', answers: {} })).not.toThrow();
        if (form) expect(decodeFractureFragment(encodeFractureFragment(form))).toEqual(form);
      }),
    );
  });
});

describe('the printed sheet', () => {
  test('lists age, sex and every question with the answer given, and the result in words', () => {
    const form = { age: '67', answers: { geslacht: 'v', breuk: 'eerder', roken: 'ja' } };
    const rows = sheetRows(form);
    expect(rows).toHaveLength(2 + FRACTURE_QUESTIONS.length);
    expect(rows[0]).toEqual({ number: 1, question: 'Hoe oud bent u?', answer: '67 jaar' });
    expect(rows[1]?.answer).toBe('Vrouw');
    expect(rows[2]?.question).toBe('Heeft u in de afgelopen 2 jaar een bot gebroken?');
    expect(rows[2]?.answer).toBe('Nee, maar wel eerder: 2 jaar geleden of langer');
    expect(rows.at(-1)?.answer).toBe('Geen antwoord');
    expect(sheetResultLines(describeFractureRisk(form))).toEqual([
      'Door uw leeftijd en wat u noemde hoort u bij de mensen bij wie de huisarts de kans op een botbreuk wil inschatten. Maak een afspraak met uw huisarts.',
      'U bent 60 jaar of ouder en u rookt.',
      'Bespreek ook met uw huisarts: u brak een bot, 2 jaar geleden of langer.',
    ]);
  });

  test('a wrong age is printed as typed', () => {
    expect(sheetRows({ age: '140', answers: {} })[0]?.answer).toBe('140');
  });
});
