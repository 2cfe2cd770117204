import { describe, expect, test } from 'vitest';
import { planCourse } from '@/lib/bone-card/schedule';
import { describePlan } from '@/lib/bone-card/text';
import type { MedicineId } from '@/lib/bone-card/medicines';
import type { CalendarDate, DayDate } from '@/lib/format/date';

const today: DayDate = { year: 2026, month: 12, day: 1 };

function plan(medicineId: MedicineId, start: CalendarDate | null, last: DayDate | null = null, now = today) {
  return planCourse({ medicineId, start, last, weekday: null, today: now });
}

describe('the next injection or infusion', () => {
  test.each([
    [
      'denosumab',
      { year: 2026, month: 11, day: 14 },
      { year: 2027, month: 5, day: 14 },
      'Volgende prik: uiterlijk 14 mei 2027',
    ],
    [
      'denosumab',
      { year: 2026, month: 8, day: 31 },
      { year: 2027, month: 2, day: 28 },
      'Volgende prik: uiterlijk 28 februari 2027',
    ],
    [
      'denosumab',
      { year: 2027, month: 8, day: 31 },
      { year: 2028, month: 2, day: 29 },
      'Volgende prik: uiterlijk 29 februari 2028',
    ],
    ['zoledronaat', { year: 2026, month: 3, day: 2 }, { year: 2027, month: 3, day: 2 }, 'Volgend infuus: 2 maart 2027'],
    [
      'zoledronaat',
      { year: 2028, month: 2, day: 29 },
      { year: 2029, month: 2, day: 28 },
      'Volgend infuus: 28 februari 2029',
    ],
    [
      'romosozumab',
      { year: 2026, month: 11, day: 30 },
      { year: 2026, month: 12, day: 30 },
      'Volgende prik: 30 december 2026, niet eerder',
    ],
    [
      'romosozumab',
      { year: 2027, month: 1, day: 31 },
      { year: 2027, month: 2, day: 28 },
      'Volgende prik: 28 februari 2027, niet eerder',
    ],
  ] as const)('%s after %j: %j', (id, last, next, text) => {
    const result = plan(id, null, last, { year: 2026, month: 1, day: 1 });
    expect(result.nextDose).toEqual({ date: next, late: false });
    expect(describePlan(result).next).toBe(text);
  });

  test('a denosumab injection already late says so and tells the person to call', () => {
    const result = plan('denosumab', { year: 2025, month: 1 }, { year: 2026, month: 5, day: 31 });
    expect(result.nextDose).toEqual({ date: { year: 2026, month: 11, day: 30 }, late: true });
    const text = describePlan(result);
    expect(text.late).toMatch(/voorbij.*Bel vandaag/);
    expect(text.warning).toMatch(/Stop nooit zelf met denosumab/);
  });

  test('ibandronate: a monthly 150 mg tablet and a 3 mg injection every 3 months (medical-facts §12.1)', () => {
    const tablet = plan('ibandronaat-maand', { year: 2026, month: 1 }, { year: 2026, month: 11, day: 30 });
    expect(tablet.nextDose).toEqual({ date: { year: 2026, month: 12, day: 30 }, late: false });
    expect(describePlan(tablet).next).toBe('Volgende tablet: 30 december 2026');
    expect(describePlan(tablet).notes.join(' ')).toMatch(/1 uur niets[\s\S]*rechtop[\s\S]*apotheker/);
    const injection = plan('ibandronaat-prik', { year: 2026, month: 1 }, { year: 2026, month: 9, day: 15 });
    expect(injection.nextDose).toEqual({ date: { year: 2026, month: 12, day: 15 }, late: false });
    expect(describePlan(injection).next).toBe('Volgende prik: 15 december 2026');
  });

  test('a late ibandronate injection: as soon as possible, the next 3 months after that one', () => {
    const text = describePlan(plan('ibandronaat-prik', null, { year: 2026, month: 8, day: 1 }));
    expect(text.late).toBe(
      'Deze datum is voorbij. Vraag uw arts om de prik zo snel mogelijk. De volgende prik komt dan 3 maanden na die prik.',
    );
    expect(describePlan(plan('ibandronaat-maand', null, { year: 2026, month: 10, day: 1 })).late).toMatch(/apotheker/);
  });

  test('denosumab: tell the dentist, and call about new pain in hip, groin or thigh (medical-facts §12.3)', () => {
    const notes = describePlan(plan('denosumab', null, { year: 2026, month: 11, day: 14 })).notes;
    expect(notes).toContain('Vertel uw tandarts dat u dit gebruikt.');
    expect(notes).toContain('Krijgt u nieuwe pijn in uw heup, lies of dij? Bel dan uw arts.');
  });

  test('due today is not late', () => {
    expect(plan('denosumab', null, { year: 2026, month: 6, day: 1 }).nextDose).toEqual({ date: today, late: false });
  });

  test('a start date with a day counts as the last dose when no last date is given', () => {
    expect(plan('zoledronaat', { year: 2026, month: 6, day: 10 }).nextDose?.date).toEqual({
      year: 2027,
      month: 6,
      day: 10,
    });
    expect(plan('zoledronaat', { year: 2026, month: 6 }).nextDose).toBeNull();
  });

  test('romosozumab has no next dose once its 12 months are over', () => {
    const result = plan(
      'romosozumab',
      { year: 2026, month: 1, day: 5 },
      { year: 2026, month: 12, day: 5 },
      { year: 2026, month: 12, day: 6 },
    );
    expect(result.nextDose).toBeNull();
    expect(result.courseEnd).toEqual({ date: { year: 2027, month: 1, day: 5 }, past: false });
  });
});

describe('tablets', () => {
  test('a weekly tablet: the next chosen weekday, today included', () => {
    const result = planCourse({ medicineId: 'alendronaat-week', start: null, last: null, weekday: 'di', today });
    expect(result.nextTablet).toEqual({ weekday: 'di', date: today });
    const text = describePlan(result);
    expect(text.next).toBe('Volgende tablet: dinsdag 1 december 2026, daarna elke dinsdag');
    expect(text.notes.join(' ')).toMatch(/30 minuten rechtop/);
  });

  test('a daily tablet says every day, with the intake rule', () => {
    const text = describePlan(plan('alendronaat-dag', { year: 2026, month: 1 }));
    expect(text.next).toBe('Elke dag 1 tablet');
    expect(text.notes.join(' ')).toMatch(/kraanwater/);
  });

  test('raloxifene: no schedule in the sheet, so no computed date', () => {
    const result = plan('raloxifeen', { year: 2026, month: 1, day: 1 });
    expect(result).toMatchObject({ nextDose: null, nextTablet: null, reevaluation: null });
    expect(describePlan(result).notes.join(' ')).toMatch(/recept/);
  });
});

describe('re-evaluation and the end of a course', () => {
  test.each([
    ['alendronaat-week', { year: 2024, month: 3 }, { year: 2029, month: 3 }],
    ['risedronaat-week', { year: 2024, month: 2, day: 29 }, { year: 2029, month: 2, day: 28 }],
    ['zoledronaat', { year: 2025, month: 6, day: 10 }, { year: 2028, month: 6, day: 10 }],
    ['denosumab', { year: 2025, month: 5 }, { year: 2028, month: 5 }],
    ['teriparatide', { year: 2026, month: 1, day: 31 }, { year: 2028, month: 1, day: 31 }],
    ['romosozumab', { year: 2026, month: 2 }, { year: 2027, month: 2 }],
    ['ibandronaat-maand', { year: 2026, month: 2 }, { year: 2031, month: 2 }],
  ] as const)('%s started %j: re-evaluation %j', (id, start, date) => {
    expect(plan(id, start).reevaluation).toEqual({ date, past: false });
  });

  test('a re-evaluation in the past asks whether it happened', () => {
    const result = plan('alendronaat-week', { year: 2021, month: 5 });
    expect(result.reevaluation).toEqual({ date: { year: 2026, month: 5 }, past: true });
    expect(describePlan(result).reevaluation).toBe(
      'Herbeoordeling door uw arts: gepland rond mei 2026. Vraag uw arts of die al geweest is.',
    );
  });

  test('a re-evaluation this month is not past yet', () => {
    expect(plan('alendronaat-week', { year: 2021, month: 12 }).reevaluation?.past).toBe(false);
  });

  test('teriparatide stops after at most 24 months', () => {
    expect(describePlan(plan('teriparatide', { year: 2026, month: 3, day: 1 })).courseEnd).toBe(
      'De behandeling duurt hoogstens 24 maanden: tot 1 maart 2028',
    );
    expect(describePlan(plan('teriparatide', { year: 2024, month: 11 })).courseEnd).toMatch(
      /voorbij sinds november 2026/,
    );
  });
});
