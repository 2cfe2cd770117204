// From a start date or the date of the last injection or infusion to the next dose, the end of a course and the
// re-evaluation moment, with the calendar arithmetic spelled out: month ends clamp to the month's last day
// (31 augustus + 6 maanden = 28 of 29 februari) and a date already past says so. Intervals: medicines.ts.
import { addMonths, compareDates, nextWeekday, type CalendarDate, type DayDate, type Weekday } from '../format/date';
import { MEDICINES, type MedicineId } from './medicines';

export type DoseMoment = {
  /** The date of the next injection or infusion. */
  date: DayDate;
  /** The date is before today: the dose is late. */
  late: boolean;
};

export type CoursePlan = {
  medicineId: MedicineId;
  /** Weekly tablet: the next tablet day (today if today is the day). */
  nextTablet: { weekday: Weekday; date: DayDate } | null;
  /** Injection or infusion every N months: the next one from the last one. */
  nextDose: DoseMoment | null;
  /** The last day of a course with a maximum length (teriparatide 24 months, romosozumab 12 months). */
  courseEnd: { date: CalendarDate; past: boolean } | null;
  /** When the doctor re-evaluates the treatment: start + the standard duration. */
  reevaluation: { date: CalendarDate; past: boolean } | null;
};

export type CourseInput = {
  medicineId: MedicineId;
  start: CalendarDate | null;
  last: DayDate | null;
  weekday: Weekday | null;
  today: DayDate;
};

function isPast(date: CalendarDate, today: DayDate): boolean {
  // A month-only date is past once its whole month is.
  if (date.day === undefined) return date.year * 12 + date.month < today.year * 12 + today.month;
  return compareDates(date, today) < 0;
}

/** Everything the card can compute for one medicine; parts it cannot compute (a date missing) are null. */
export function planCourse({ medicineId, start, last, weekday, today }: CourseInput): CoursePlan {
  const medicine = MEDICINES[medicineId];
  const schedule = medicine.schedule;
  const maximum = medicine.maximumMonths;
  const courseEndDate = start !== null && maximum !== null ? addMonths(start, maximum) : null;
  const courseEnd = courseEndDate === null ? null : { date: courseEndDate, past: isPast(courseEndDate, today) };

  let nextDose: DoseMoment | null = null;
  // Without a separate last date, a start date with a day is the first (and so far last) dose.
  const lastDose = last ?? (start !== null && start.day !== undefined ? { ...start, day: start.day } : null);
  if (schedule.kind === 'months' && lastDose !== null) {
    const date = addMonths(lastDose, schedule.months);
    // A course with a maximum ends: no next dose on or after its end.
    const beyondCourse = courseEndDate !== null && compareDates(date, courseEndDate) >= 0;
    nextDose = beyondCourse ? null : { date, late: compareDates(date, today) < 0 };
  }

  const nextTablet =
    schedule.kind === 'weekly' && weekday !== null ? { weekday, date: nextWeekday(today, weekday) } : null;

  const reevaluationDate =
    start !== null && medicine.reevaluateAfterMonths !== null ? addMonths(start, medicine.reevaluateAfterMonths) : null;
  const reevaluation =
    reevaluationDate === null ? null : { date: reevaluationDate, past: isPast(reevaluationDate, today) };

  return { medicineId, nextTablet, nextDose, courseEnd, reevaluation };
}
