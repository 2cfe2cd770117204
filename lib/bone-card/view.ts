// The card as the page shows it: every typed value parsed (a Dutch message for each field that cannot be read,
// tied to that field by its name), each measurement with its meaning from the T-score module, each medicine with
// its next dates in words. Pure: "today" is passed in.
import { classifyTScore, classifyZScore, formatScore } from '../tscore/classify';
import { parseScoreText } from '../tscore/input';
import { CATEGORY_TEXT, SITE_TEXT } from '../tscore/text';
import { parseDutchNumber } from '../format/number';
import { formatDutchDate, parseDutchDate, type CalendarDate, type DateParse, type DayDate } from '../format/date';
import type { CardValues, MedicineValues } from './card';
import { MEDICINES, type MedicineId } from './medicines';
import { QUESTIONS } from './questions';
import { planCourse, type CoursePlan } from './schedule';
import { describePlan, type PlanText } from './text';

/** Field errors by field name, e.g. "m1-score", "med2-laatst": the same names as the form's inputs. */
export type FieldErrors = Record<string, string>;

export type MeasurementView = {
  date: string | null;
  site: string | null;
  scoreText: string | null;
  label: string | null;
  meaning: string | null;
};
export type FractureView = { place: string; date: string | null };
export type MedicineView = {
  medicineId: MedicineId;
  name: string;
  short: string;
  form: string;
  dose: string | null;
  start: CalendarDate | null;
  plan: CoursePlan;
  text: PlanText;
};

export type CardView = {
  errors: FieldErrors;
  measurements: MeasurementView[];
  fractures: FractureView[];
  medicines: MedicineView[];
  /** Per row of the form, null where no medicine is chosen yet. */
  medicineRows: (MedicineView | null)[];
  questions: string[];
  calcium: string | null;
  hasContent: boolean;
};

function dateField(
  errors: FieldErrors,
  name: string,
  text: string,
  parse: DateParse,
  required = false,
): CalendarDate | null {
  if (parse.status === 'valid') return parse.date;
  if (parse.status === 'invalid' || (required && text.trim() === '')) errors[name] = parse.message;
  return null;
}

function asDay(date: CalendarDate | null): DayDate | null {
  return date !== null && date.day !== undefined ? { ...date, day: date.day } : null;
}

function medicineView(values: MedicineValues, index: number, today: DayDate, errors: FieldErrors): MedicineView | null {
  const key = `med${index + 1}`;
  if (values.medicine === '') {
    const filled = [values.start, values.last, values.dose].some((text) => text.trim() !== '');
    if (filled) errors[key] = 'Kies welk medicijn dit is, of haal deze regel weg.';
    return null;
  }
  const medicine = MEDICINES[values.medicine];
  const start =
    medicine.asks === 'none'
      ? null
      : dateField(errors, `${key}-start`, values.start, parseDutchDate(values.start, { precision: 'month', today }));
  const last =
    medicine.asks === 'start-and-last'
      ? asDay(
          dateField(
            errors,
            `${key}-laatst`,
            values.last,
            parseDutchDate(values.last, { precision: 'day', notInFuture: true, today }),
          ),
        )
      : null;
  if (medicine.schedule.kind === 'weekly' && values.weekday === '') {
    errors[`${key}-dag`] = 'Kies op welke dag van de week u de tablet neemt.';
  }
  const dose = values.dose.trim() === '' ? null : values.dose.trim();
  const plan = planCourse({
    medicineId: values.medicine,
    start,
    last,
    weekday: values.weekday === '' ? null : values.weekday,
    today,
  });
  return {
    medicineId: values.medicine,
    name: medicine.name,
    short: medicine.short,
    form: medicine.form,
    dose,
    start,
    plan,
    text: describePlan(plan),
  };
}

/** Shown "rond 1.000 mg per dag"; the numbers are the calculator's own, typed or carried over. */
function calciumLine(intake: string, target: string, errors: FieldErrors): string | null {
  const parts: string[] = [];
  for (const [name, text, label] of [
    ['calcium', intake, 'Calcium uit eten en tabletten'],
    ['calcium-advies', target, 'Aangeraden'],
  ] as const) {
    if (text.trim() === '') continue;
    const value = parseDutchNumber(text.replace(/\s*mg\s*$/i, ''));
    if (value === null || value < 0 || value > 20_000) {
      errors[name] = 'Vul een aantal milligram in, bijvoorbeeld 1000.';
      continue;
    }
    parts.push(`${label}: ${Math.round(value).toLocaleString('nl-NL')} mg per dag`);
  }
  return parts.length > 0 ? parts.join('. ') : null;
}

export function viewCard(card: CardValues, today: DayDate): CardView {
  const errors: FieldErrors = {};
  const measurements = card.measurements.map((m, index): MeasurementView => {
    const key = `m${index + 1}`;
    const date =
      m.date.trim() === ''
        ? null
        : dateField(
            errors,
            `${key}-datum`,
            m.date,
            parseDutchDate(m.date, { precision: 'month', notInFuture: true, today }),
          );
    const scoreName = m.kind === 'z' ? 'Z-score' : 'T-score';
    const parsed = m.score.trim() === '' ? null : parseScoreText(m.score, scoreName);
    if (parsed?.status === 'invalid') errors[`${key}-score`] = parsed.message;
    const value = parsed?.status === 'valid' ? parsed.value : null;
    const category = value === null ? null : m.kind === 'z' ? classifyZScore(value) : classifyTScore(value);
    return {
      date: date === null ? null : formatDutchDate(date),
      site: m.site === '' ? null : SITE_TEXT[m.site].label,
      scoreText: value === null ? null : `${scoreName} ${formatScore(value)}`,
      label: category === null ? null : CATEGORY_TEXT[category].label,
      meaning: category === null ? null : CATEGORY_TEXT[category].meaning,
    };
  });
  const fractures = card.fractures.map((f, index): FractureView => {
    const key = `b${index + 1}`;
    const date =
      f.date.trim() === ''
        ? null
        : dateField(
            errors,
            `${key}-datum`,
            f.date,
            parseDutchDate(f.date, { precision: 'month', notInFuture: true, today }),
          );
    return { place: f.place.trim(), date: date === null ? null : formatDutchDate(date) };
  });
  const medicineRows = card.medicines.map((m, index) => medicineView(m, index, today, errors));
  const medicines = medicineRows.filter((row) => row !== null);
  const questions = [
    ...card.questions.map((id) => QUESTIONS[id]),
    ...card.ownQuestions.map((q) => q.trim()).filter(Boolean),
  ];
  const calcium = calciumLine(card.calcium.intake, card.calcium.target, errors);
  const hasContent =
    measurements.some((m) => m.scoreText || m.date) ||
    fractures.some((f) => f.place || f.date) ||
    medicines.length > 0 ||
    questions.length > 0 ||
    calcium !== null;
  return { errors, measurements, fractures, medicines, medicineRows, questions, calcium, hasContent };
}
