import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { EXERCISES } from '@/lib/exercise/exercises';
import { decodePlanFragment, encodePlanFragment } from '@/lib/exercise/fragment';
import {
  EMPTY_PLAN,
  PLAN_LIMITS,
  checkPlan,
  doseLine,
  newItem,
  scheduleLine,
  type PlanInput,
} from '@/lib/exercise/plan';

const [wall, , toes, plank, , , , stamp] = EXERCISES;
if (!wall || !toes || !plank || !stamp) throw new Error('de oefeningen ontbreken');

const plan = (items: PlanInput['items'], days = '3', note = ''): PlanInput => ({ items, days, note });

describe('checking a plan', () => {
  test('a new line starts at the article dose and one set', () => {
    expect(newItem(wall)).toEqual({ id: wall.id, amount: '10', sets: '1' });
    expect(checkPlan(plan([newItem(wall), newItem(plank)])).ok).toBe(true);
  });

  test.each([
    ['0', 'moet van 1 tot en met 100 zijn. U vulde 0 in.'],
    ['500', 'moet van 1 tot en met 100 zijn. U vulde 500 in.'],
    ['', 'Vul het aantal herhalingen in'],
    ['1,5', 'zonder komma of letters'],
    ['tien', 'zonder komma of letters'],
  ])('%j repetitions get a Dutch message', (amount, message) => {
    const check = checkPlan(plan([{ id: wall.id, amount, sets: '1' }]));
    expect(check.ok).toBe(false);
    expect(check.items[0]?.amount.error).toContain(message);
  });

  test.each([
    ['1', true],
    ['7', true],
    ['0', false],
    ['8', false],
  ])('%s days a week: ok is %s', (days, ok) => {
    expect(checkPlan(plan([newItem(wall)], days)).ok).toBe(ok);
  });

  test('any day count from 1 to 7 is fine (the sheet only says at least 2×); no rest days promised past 4', () => {
    expect(checkPlan(plan([newItem(wall)], '7')).ok).toBe(true);
    expect(scheduleLine(4)).toBe('Oefen 4 dagen per week, met rustdagen ertussen.');
    expect(scheduleLine(5)).toBe('Oefen 5 dagen per week.');
    expect(scheduleLine(3)).toBe('Oefen 3 dagen per week, met rustdagen ertussen.');
    expect(scheduleLine(7)).toBe('Oefen 7 dagen per week.');
  });

  test('a note longer than the limit is refused with its length', () => {
    const check = checkPlan(plan([newItem(wall)], '2', 'a'.repeat(PLAN_LIMITS.noteLength + 1)));
    expect(check.note.error).toContain(String(PLAN_LIMITS.noteLength + 1));
  });

  test('the dose line speaks of seconds for a hold and says "per voet" where the article does', () => {
    expect(doseLine(plank, 30, 1)).toBe('30 seconden vasthouden, 1 set');
    expect(doseLine(stamp, 20, 2)).toBe('20 keer per voet, 2 sets');
    expect(doseLine(wall, 12, 3)).toBe('12 keer, 3 sets');
  });
});

describe('the plan in the URL fragment', () => {
  test('a plan survives the round trip, in its order, with its note', () => {
    const original = plan(
      [
        { id: toes.id, amount: '15', sets: '2' },
        { id: wall.id, amount: '12', sets: '1' },
      ],
      '3',
      'Rustig & voorzichtig: 50% tempo',
    );
    const fragment = encodePlanFragment(original);
    expect(fragment).toContain('op-de-tenen-staan=15x2&opdrukken-tegen-de-muur=12x1');
    expect(decodePlanFragment(`#${fragment}`)).toEqual({ plan: original, unknownIds: [] });
  });

  test('an unknown exercise is left out and named; a repeated one counts once, with its last value', () => {
    const decoded = decodePlanFragment(
      '#dagen=2&bestaat-niet=10x1&opdrukken-tegen-de-muur=10x1&opdrukken-tegen-de-muur=12x2',
    );
    expect(decoded?.unknownIds).toEqual(['bestaat-niet']);
    expect(decoded?.plan.items).toEqual([{ id: wall.id, amount: '12', sets: '2' }]);
  });

  test('a wrong number in a link stays visible, so the page can say what is wrong', () => {
    const decoded = decodePlanFragment('#opdrukken-tegen-de-muur=500x1');
    expect(decoded && checkPlan(decoded.plan).items[0]?.amount.error).toContain('500');
  });

  test.each(['', '#', '#veilig-oefenen', '#%E0%A4%A'])('%j is not a plan', (hash) => {
    expect(decodePlanFragment(hash)).toBeNull();
  });

  // Any UTF-16 code unit (lone surrogates too), and strings built from the characters a fragment is made of, so the
  // parser's paths are hit. (fast-check's 'binary' unit does the same but takes seconds to start on a busy machine.)
  const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code));
  const fragmentChar = fc.constantFrom(
    ...'#=&%x0123456789abcdefgijklmnoprstuvw-E9A'.split(''),
    'opdrukken-tegen-de-muur',
    'dagen',
    'notitie',
  );
  const anyFragment = fc.oneof(
    fc.string({ unit: codeUnit, maxLength: 300 }),
    fc.string({ unit: fragmentChar, maxLength: 80 }),
  );

  test('any fragment decodes without throwing, and what it gives checks without throwing', () => {
    fc.assert(
      fc.property(anyFragment, (text) => {
        const decoded = decodePlanFragment(text);
        if (decoded) checkPlan(decoded.plan);
      }),
    );
  });

  // Any text without the separator "x"; a field left empty comes back as the default (days) or stays empty.
  test('any plan typed into the fields survives the round trip', () => {
    const field = fc
      .oneof(fc.string({ unit: 'grapheme', maxLength: 8 }), fc.stringMatching(/^[0-9 ]{0,6}$/))
      .map((s) => s.replaceAll('x', '').trim());
    const items = fc
      .uniqueArray(fc.constantFrom(...EXERCISES.map((e) => e.id)), { maxLength: 8 })
      .chain((ids) => fc.tuple(...ids.map((id) => fc.record({ id: fc.constant(id), amount: field, sets: field }))));
    fc.assert(
      fc.property(
        items,
        field.filter((days) => days !== ''),
        fc.string({ unit: 'grapheme', maxLength: 50 }).map((s) => s.trim()),
        (list, days, note) => {
          const original: PlanInput = { ...EMPTY_PLAN, items: list, days, note };
          const decoded = decodePlanFragment(encodePlanFragment(original));
          expect(decoded?.plan).toEqual(original);
        },
      ),
    );
  });
});
