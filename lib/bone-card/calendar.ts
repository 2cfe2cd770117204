// "Zet in mijn agenda": an iCalendar file (RFC 5545) made in the browser with the `ics` library. All events are
// all-day (VALUE=DATE), so the day is the same in every time zone and a phone's calendar shows it on the right
// day. The page loads this module only when the person asks for the file.
import { createEvents, type EventAttributes } from 'ics';
import { addDays, compareDates, formatDutchDate, type CalendarDate, type DayDate, type Weekday } from '../format/date';
import type { CardView, MedicineView } from './view';
import { DENOSUMAB_WARNING } from './text';

export const CALENDAR_FILE_NAME = 'mijn-botkaart.ics';
/** The choice: an alarm two weeks before an injection or infusion, time to make the appointment. */
export const DOSE_ALARM_WEEKS = 2;
/**
 * Two weeks before an all-day event (which starts at 00:00), at 09:00 in the morning: 13 days and 15 hours before.
 * Also a workaround: `ics` writes {weeks: 2} as "-P2WT", which RFC 5545's duration grammar does not allow.
 */
const ALARM_BEFORE = { days: DOSE_ALARM_WEEKS * 7 - 1, hours: 15, before: true } as const;
const PRODUCT_ID = '-//Botwijzer//Mijn botkaart//NL';

/** RFC 5545 BYDAY codes. */
const BYDAY: Record<Weekday, string> = { ma: 'MO', di: 'TU', wo: 'WE', do: 'TH', vr: 'FR', za: 'SA', zo: 'SU' };

type DateArray = [number, number, number];

function dateArray(date: DayDate): DateArray {
  return [date.year, date.month, date.day];
}

function firstDay(date: CalendarDate): DayDate {
  return { year: date.year, month: date.month, day: date.day ?? 1 };
}

function allDay(date: DayDate): Pick<EventAttributes, 'start'> & { end: DateArray } {
  return { start: dateArray(date), end: dateArray(addDays(date, 1)) };
}

/** "20270513": an UNTIL for an all-day repeat (RFC 5545 3.3.10: the same value type as DTSTART). */
function untilValue(date: DayDate): string {
  return `${date.year}${String(date.month).padStart(2, '0')}${String(date.day).padStart(2, '0')}`;
}

function description(view: MedicineView): string {
  return [view.text.warning, ...view.text.notes].filter(Boolean).join('\n\n');
}

function eventsFor(view: MedicineView, index: number, today: DayDate): EventAttributes[] {
  const events: EventAttributes[] = [];
  const uid = (what: string) => `botkaart-${index + 1}-${view.medicineId}-${what}@botwijzer`;
  const { plan } = view;
  if (plan.nextTablet) {
    events.push({
      uid: uid('tablet'),
      title: `Tablet ${view.short}`,
      description: description(view),
      ...allDay(plan.nextTablet.date),
      recurrenceRule: `FREQ=WEEKLY;BYDAY=${BYDAY[plan.nextTablet.weekday]}`,
    });
  } else if (view.medicineId === 'alendronaat-dag' || view.medicineId === 'teriparatide') {
    // From today, or from a start day still to come.
    const from = view.start?.day !== undefined && compareDates(view.start, today) > 0 ? firstDay(view.start) : today;
    const end = plan.courseEnd && !plan.courseEnd.past ? firstDay(plan.courseEnd.date) : null;
    events.push({
      uid: uid('dagelijks'),
      title: `${view.medicineId === 'teriparatide' ? 'Prik' : 'Tablet'} ${view.short}`,
      description: description(view),
      ...allDay(from),
      // The course ends on its last day: the day before start + the maximum.
      recurrenceRule: end ? `FREQ=DAILY;UNTIL=${untilValue(addDays(end, -1))}` : 'FREQ=DAILY',
    });
  }
  if (plan.nextDose && !plan.nextDose.late) {
    const what = view.text.next ?? '';
    events.push({
      uid: uid('volgende'),
      title: `${what.split(':')[0] ?? 'Volgende'} ${view.short.toLowerCase()}`,
      description: [what, description(view)].filter(Boolean).join('\n\n'),
      ...allDay(plan.nextDose.date),
      alarms: [
        {
          action: 'display',
          description: `Over ${DOSE_ALARM_WEEKS} weken: ${what}. Heeft u al een afspraak?`,
          trigger: ALARM_BEFORE,
        },
      ],
    });
  }
  if (plan.reevaluation && !plan.reevaluation.past) {
    events.push({
      uid: uid('herbeoordeling'),
      title: `Herbeoordeling ${view.short.toLowerCase()}`,
      description: [
        `Rond ${formatDutchDate(plan.reevaluation.date)} kijkt uw arts of u dit medicijn nog nodig heeft. Maak op tijd een afspraak.`,
        // §5 and §12.2: a re-evaluation must never read as a moment to stop denosumab on one's own.
        view.medicineId === 'denosumab' ? DENOSUMAB_WARNING : null,
      ]
        .filter(Boolean)
        .join('\n\n'),
      ...allDay(firstDay(plan.reevaluation.date)),
      alarms: [{ action: 'display', description: 'Maak een afspraak voor de herbeoordeling.', trigger: ALARM_BEFORE }],
    });
  }
  return events;
}

export type CalendarFile = { ok: true; text: string; count: number } | { ok: false; message: string };

export function buildCalendar(view: CardView, today: DayDate): CalendarFile {
  const events = view.medicines.flatMap((medicine, index) => eventsFor(medicine, index, today));
  if (events.length === 0) {
    return {
      ok: false,
      message:
        'Er is nog niets voor uw agenda. Kies eerst een medicijn en vul de datum in (en de dag voor een weektablet).',
    };
  }
  const result = createEvents(events, { productId: PRODUCT_ID, calName: 'Mijn botkaart' });
  if (result.error || !result.value) return { ok: false, message: 'Het agendabestand kon niet worden gemaakt.' };
  return { ok: true, text: result.value, count: events.length };
}
