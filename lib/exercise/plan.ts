// The plan a physiotherapist or patient builds on /hulpmiddelen/oefenschema: which exercises, how many times, how
// many sets, how many days a week, and a note. Values stay text until checked, so a wrong number in a field or a
// link is shown back with its message rather than silently changed.
import { findExercise } from './exercises';
import { MAX_DAYS_WITH_REST_BETWEEN, STRENGTH_DAYS_PER_WEEK_MIN } from './guideline';
import type { Exercise } from './schema';

/** Input bounds, not advice: they catch typing mistakes ("500") while leaving every dose of the article possible. */
export const PLAN_LIMITS = {
  amount: { min: 1, max: 100 },
  sets: { min: 1, max: 10 },
  days: { min: 1, max: 7 },
  noteLength: 300,
} as const;

export type PlanItemInput = { id: string; amount: string; sets: string };
export type PlanInput = { items: PlanItemInput[]; days: string; note: string };

export const EMPTY_PLAN: PlanInput = { items: [], days: String(STRENGTH_DAYS_PER_WEEK_MIN), note: '' };

/** A new line in the plan starts at the article's dose and one set. */
export function newItem(exercise: Exercise): PlanItemInput {
  return { id: exercise.id, amount: String(exercise.dose.min), sets: '1' };
}

export type NumberCheck = { value: number | null; error: string | null };
export type CheckedItem = { exercise: Exercise; amount: NumberCheck; sets: NumberCheck };
export type PlanCheck = {
  items: CheckedItem[];
  days: NumberCheck;
  note: { value: string; error: string | null };
  /** True when every field is fine: the plan can be printed and shared as it is. */
  ok: boolean;
};

const WHOLE_NUMBER = /^\d{1,4}$/;

function checkNumber(text: string, bounds: { min: number; max: number }, what: string): NumberCheck {
  const trimmed = text.trim();
  const range = `van ${bounds.min} tot en met ${bounds.max}`;
  if (trimmed === '') return { value: null, error: `Vul ${what} in: een heel getal ${range}.` };
  if (!WHOLE_NUMBER.test(trimmed))
    return { value: null, error: `Vul ${what} in als een heel getal ${range}, zonder komma of letters.` };
  const value = Number(trimmed);
  if (value < bounds.min || value > bounds.max)
    return { value: null, error: `${capitalise(what)} moet ${range} zijn. U vulde ${value} in.` };
  return { value, error: null };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The word for the amount field of an exercise: a hold is counted in seconds, a movement in times. */
export function amountWord(exercise: Exercise): string {
  return exercise.dose.unit === 'seconden' ? 'het aantal seconden' : 'het aantal herhalingen';
}

/** Checks every field; unknown exercise ids were dropped by the fragment reader, so each item has its exercise. */
export function checkPlan(input: PlanInput): PlanCheck {
  const items = input.items.flatMap((item): CheckedItem[] => {
    const exercise = findExercise(item.id);
    if (!exercise) return [];
    return [
      {
        exercise,
        amount: checkNumber(item.amount, PLAN_LIMITS.amount, amountWord(exercise)),
        sets: checkNumber(item.sets, PLAN_LIMITS.sets, 'het aantal sets'),
      },
    ];
  });
  const days = checkNumber(input.days, PLAN_LIMITS.days, 'het aantal dagen per week');
  const note = input.note.trim();
  const noteError =
    note.length > PLAN_LIMITS.noteLength
      ? `De notitie is ${note.length} tekens. Maak hem korter: hoogstens ${PLAN_LIMITS.noteLength} tekens.`
      : null;
  const ok = items.every((item) => !item.amount.error && !item.sets.error) && !days.error && !noteError;
  return { items, days, note: { value: note, error: noteError }, ok };
}

/** "12 keer, 2 sets" / "30 seconden vasthouden, 1 set" / "20 keer per voet, 1 set". */
export function doseLine(exercise: Exercise, amount: number, sets: number): string {
  const what =
    exercise.dose.unit === 'seconden'
      ? `${amount} seconden vasthouden`
      : `${amount} keer${exercise.dose.per ? ` ${exercise.dose.per}` : ''}`;
  return `${what}, ${sets} ${sets === 1 ? 'set' : 'sets'}`;
}

/** "2 dagen per week" / "1 dag per week". */
export function daysLine(days: number): string {
  return `${days} ${days === 1 ? 'dag' : 'dagen'} per week`;
}

/** The plan's first line: "Oefen 3 dagen per week, met rustdagen ertussen." */
export function scheduleLine(days: number): string {
  return days <= MAX_DAYS_WITH_REST_BETWEEN
    ? `Oefen ${daysLine(days)}, met rustdagen ertussen.`
    : `Oefen ${daysLine(days)}.`;
}
