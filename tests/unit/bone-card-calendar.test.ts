import ICAL from 'ical.js';
import { describe, expect, test } from 'vitest';
import { buildCalendar } from '@/lib/bone-card/calendar';
import { EMPTY_CARD, EMPTY_MEDICINE, type MedicineValues } from '@/lib/bone-card/card';
import { viewCard } from '@/lib/bone-card/view';
import type { DayDate } from '@/lib/format/date';

const today: DayDate = { year: 2026, month: 12, day: 1 };

function calendarFor(...medicines: Partial<MedicineValues>[]) {
  const view = viewCard({ ...EMPTY_CARD, medicines: medicines.map((m) => ({ ...EMPTY_MEDICINE, ...m })) }, today);
  const file = buildCalendar(view, today);
  if (!file.ok) throw new Error(file.message);
  // A real iCalendar parser, not our own: RFC 5545 text → components.
  const calendar = new ICAL.Component(ICAL.parse(file.text));
  return calendar.getAllSubcomponents('vevent').map((component) => ({ component, event: new ICAL.Event(component) }));
}

function day(time: ICAL.Time) {
  return { isDate: time.isDate, date: `${time.year}-${time.month}-${time.day}` };
}

describe('the calendar file', () => {
  test('a weekly tablet repeats every week on the chosen day, with the intake rule', () => {
    const [tablet, ...rest] = calendarFor({ medicine: 'alendronaat-week', weekday: 'do' });
    expect(tablet?.event.summary).toBe('Tablet Alendroninezuur');
    expect(tablet?.event.description).toMatch(/kraanwater.*30 minuten rechtop/s);
    expect(day(tablet!.event.startDate)).toEqual({ isDate: true, date: '2026-12-3' });
    const rule = tablet!.component.getFirstPropertyValue('rrule') as ICAL.Recur;
    expect(rule.freq).toBe('WEEKLY');
    expect(rule.getComponent('byday')).toEqual(['TH']);
    // The next three tablet days, as a calendar app would show them.
    const iterator = tablet!.event.iterator();
    const days = [iterator.next(), iterator.next(), iterator.next()].map((t) => t && `${t.day}-${t.month}`);
    expect(days).toEqual(['3-12', '10-12', '17-12']);
    expect(rest).toHaveLength(0); // no start date: no re-evaluation
  });

  test('a daily tablet repeats every day from today', () => {
    const [tablet] = calendarFor({ medicine: 'alendronaat-dag' });
    expect((tablet!.component.getFirstPropertyValue('rrule') as ICAL.Recur).freq).toBe('DAILY');
    expect(day(tablet!.event.startDate)).toEqual({ isDate: true, date: '2026-12-1' });
  });

  test('teriparatide repeats daily and stops on the last day of its 24 months', () => {
    const [daily] = calendarFor({ medicine: 'teriparatide', start: '10-12-2026' });
    const rule = daily!.component.getFirstPropertyValue('rrule') as ICAL.Recur;
    expect(rule.freq).toBe('DAILY');
    expect(day(rule.until!)).toEqual({ isDate: true, date: '2028-12-9' });
  });

  test('the next denosumab injection is an all-day event with an alarm two weeks before', () => {
    const events = calendarFor({ medicine: 'denosumab', start: 'mei 2025', last: '31-08-2026' });
    const next = events.find((e) => e.event.summary === 'Volgende prik denosumab');
    expect(day(next!.event.startDate)).toEqual({ isDate: true, date: '2027-2-28' });
    expect(next!.event.description).toMatch(/uiterlijk 28 februari 2027[\s\S]*Stop nooit zelf met denosumab/);
    const alarm = next!.component.getFirstSubcomponent('valarm')!;
    expect(alarm.getFirstPropertyValue('action')).toBe('DISPLAY');
    const trigger = alarm.getFirstPropertyValue('trigger') as ICAL.Duration;
    // Two weeks before the day (which starts at 00:00), at 09:00: 13 days and 15 hours earlier.
    expect(trigger.isNegative).toBe(true);
    expect(trigger.toSeconds()).toBe(-(13 * 24 + 15) * 3600);
    const fires = next!.event.startDate.clone();
    fires.isDate = false; // midnight at the start of the day, as calendar apps read an all-day event
    fires.addDuration(trigger);
    expect(`${fires.day}-${fires.month}-${fires.year} ${fires.hour}:00`).toBe('14-2-2027 9:00');
  });

  test('the re-evaluation appointment is on the calendar; a late dose is not (the card says to call)', () => {
    const events = calendarFor({ medicine: 'denosumab', start: 'mei 2025', last: '1-5-2026' });
    expect(events.map((e) => e.event.summary)).toEqual(['Herbeoordeling denosumab']);
    expect(day(events[0]!.event.startDate)).toEqual({ isDate: true, date: '2028-5-1' });
    expect(events[0]!.event.description).toMatch(/Rond mei 2028/);
    // The re-evaluation is never a moment to stop denosumab on one's own (medical-facts §5, §12.2).
    expect(events[0]!.event.description).toMatch(/Rond mei 2028[\s\S]*Stop nooit zelf met denosumab/);
  });

  test('the zoledronic-acid infusion a year after the last one; one a year late is left off', () => {
    const events = calendarFor({ medicine: 'zoledronaat', last: '15-03-2026' });
    expect(events.map((e) => [e.event.summary, day(e.event.startDate)])).toEqual([
      ['Volgend infuus zoledroninezuur', { isDate: true, date: '2027-3-15' }],
    ]);
    expect(events[0]!.component.getFirstSubcomponent('valarm')).not.toBeNull();
    const late = calendarFor({ medicine: 'zoledronaat', start: '29-02-2024', last: '29-02-2024' });
    expect(late.map((e) => [e.event.summary, day(e.event.startDate).date])).toEqual([
      ['Herbeoordeling zoledroninezuur', '2027-2-28'],
    ]);
  });

  test('nothing to put in the calendar gives a message instead of a file', () => {
    expect(buildCalendar(viewCard(EMPTY_CARD, today), today)).toMatchObject({ ok: false });
  });
});
