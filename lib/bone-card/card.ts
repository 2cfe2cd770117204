// What the card holds: the texts exactly as typed (so a value we cannot read stays in its field with a message),
// the choices from lists, and the ticked questions. One zod schema reads anything that claims to be a card (saved
// state, a restored link) field by field: a field that is missing, of the wrong type or too long becomes empty,
// and the rest is kept. It never throws.
import * as z from 'zod/mini';
import { SITES, type Site } from '../tscore/classify';
import { WEEKDAYS, type Weekday } from '../format/date';
import { MEDICINE_IDS, type MedicineId } from './medicines';
import { QUESTION_IDS, type QuestionId } from './questions';

export const LIMITS = {
  measurements: 6,
  fractures: 8,
  medicines: 10,
  ownQuestions: 8,
  /** Longer than this is never one date, score, dose or place. */
  shortText: 60,
  /** An own question. */
  longText: 300,
} as const;

export type ScoreKind = 't' | 'z';
export type MeasurementValues = { date: string; site: Site | ''; kind: ScoreKind; score: string };
export type FractureValues = { place: string; date: string };
export type MedicineValues = {
  medicine: MedicineId | '';
  start: string;
  last: string;
  weekday: Weekday | '';
  dose: string;
};
/** The calcium calculator's result: mg per day from food and supplements, and the advised amount. */
export type CalciumValues = { intake: string; target: string };

export type CardValues = {
  measurements: MeasurementValues[];
  fractures: FractureValues[];
  medicines: MedicineValues[];
  questions: QuestionId[];
  ownQuestions: string[];
  calcium: CalciumValues;
};

export const EMPTY_MEASUREMENT: MeasurementValues = { date: '', site: '', kind: 't', score: '' };
export const EMPTY_FRACTURE: FractureValues = { place: '', date: '' };
export const EMPTY_MEDICINE: MedicineValues = { medicine: '', start: '', last: '', weekday: '', dose: '' };
export const EMPTY_CARD: CardValues = {
  measurements: [],
  fractures: [],
  medicines: [],
  questions: [],
  ownQuestions: [],
  calcium: { intake: '', target: '' },
};

const text = (max: number) => z.catch(z.string().check(z.maxLength(max)), '');
const shortText = text(LIMITS.shortText);
const choice = <T extends string>(values: readonly T[]) => z.catch(z.enum(values as [T, ...T[]]), '' as T);

/** A list whose rows are each read on their own; a row that is not an object is dropped, extras are cut off. */
function rows<T extends z.ZodMiniType>(row: T, max: number) {
  return z.catch(
    z.pipe(
      z.array(z.unknown()),
      z.transform((items) =>
        items
          .filter((item) => typeof item === 'object' && item !== null && !Array.isArray(item))
          .slice(0, max)
          .map((item) => row.parse(item) as z.infer<T>),
      ),
    ),
    [],
  );
}

const measurementSchema = z.object({
  date: shortText,
  site: choice<Site | ''>(SITES),
  kind: z.catch(z.enum(['t', 'z']), 't'),
  score: shortText,
});
const fractureSchema = z.object({ place: shortText, date: shortText });
const medicineSchema = z.object({
  medicine: choice<MedicineId | ''>(MEDICINE_IDS),
  start: shortText,
  last: shortText,
  weekday: choice<Weekday | ''>(WEEKDAYS),
  dose: shortText,
});

/** Reads each item of a list, or leaves it out; `unique` drops repeats (a ticked question counts once). */
function listOf<T extends string>(isItem: (value: unknown) => value is T, max: number, unique: boolean) {
  return z.catch(
    z.pipe(
      z.array(z.unknown()),
      z.transform((items) => {
        const kept = items.filter(isItem);
        return (unique ? [...new Set(kept)] : kept).slice(0, max);
      }),
    ),
    [],
  );
}

function isQuestion(value: unknown): value is QuestionId {
  return typeof value === 'string' && (QUESTION_IDS as readonly string[]).includes(value);
}

function isOwnQuestion(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '' && value.length <= LIMITS.longText;
}

export const cardSchema = z.object({
  measurements: rows(measurementSchema, LIMITS.measurements),
  fractures: rows(fractureSchema, LIMITS.fractures),
  medicines: rows(medicineSchema, LIMITS.medicines),
  questions: listOf(isQuestion, QUESTION_IDS.length, true),
  // Own questions are kept as typed, even the same one twice (fast-check found that a Set dropped the second).
  ownQuestions: listOf(isOwnQuestion, LIMITS.ownQuestions, false),
  calcium: z.catch(z.object({ intake: shortText, target: shortText }), { intake: '', target: '' }),
});

/** Anything → a card: every field that cannot be read becomes empty; never throws. */
export function readCard(value: unknown): CardValues {
  const result = cardSchema.safeParse(typeof value === 'object' && value !== null ? value : {});
  return result.success ? result.data : EMPTY_CARD;
}

export function isEmptyCard(card: CardValues): boolean {
  return (
    card.measurements.length === 0 &&
    card.fractures.length === 0 &&
    card.medicines.length === 0 &&
    card.questions.length === 0 &&
    card.ownQuestions.length === 0 &&
    card.calcium.intake === '' &&
    card.calcium.target === ''
  );
}
