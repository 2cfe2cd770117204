// From what a person typed to validated input: every field keeps its text, a bad field gets a Dutch message.
import * as z from 'zod/mini';
import { formatDutchNumber, parseDutchNumber } from '../format/number';
import { FOODS, SUPPLEMENT_MOMENTS, findFood, type FoodId, type SupplementId } from './foods';
import {
  ageSchema,
  EMPTY_INPUT,
  MAX_PORTIONS,
  portionCountSchema,
  supplementDoseSchema,
  type CalciumInput,
} from './calculate';
import type { Sex } from './targets';

export type AmountId = FoodId | SupplementId;
export type FieldId = 'age' | AmountId;

/** The form exactly as typed. Amount fields are keyed by food or supplement id; missing means empty. */
export type CalciumForm = {
  age: string;
  sex: Sex | '';
  osteoporosis: boolean;
  amounts: Partial<Record<AmountId, string>>;
};

export const EMPTY_FORM: CalciumForm = { age: '', sex: '', osteoporosis: false, amounts: {} };

export type ParsedForm = {
  /** The valid fields; a field with an error counts as empty until it is fixed. */
  input: CalciumInput;
  errors: Partial<Record<FieldId, string>>;
};

/** "1.000" with a point before exactly three digits is a Dutch thousands separator, not a decimal point. */
const THOUSANDS = /^\d{1,3}(?:\.\d{3})+$/;

/**
 * Reads one typed number. Unit words after it are allowed ("½ glas", "500 mg"). Works around parseDutchNumber,
 * which reads "1.000" as 1 although its comment says thousands separators are rejected.
 */
export function readNumber(text: string, unitWords: readonly string[] = []): number | null {
  let rest = text.trim().toLowerCase();
  for (const word of [...unitWords].sort((a, b) => b.length - a.length)) {
    if (rest.endsWith(word) && rest.length > word.length) {
      rest = rest.slice(0, -word.length).trim();
      break;
    }
  }
  if (THOUSANDS.test(rest)) return Number(rest.replaceAll('.', ''));
  return parseDutchNumber(rest);
}

function textField<T extends z.ZodMiniType<number, number>>(
  numberSchema: T,
  notANumber: string,
  unitWords?: readonly string[],
) {
  const toNumber = z.transform((text: string, ctx) => {
    const value = readNumber(text, unitWords);
    if (value === null) {
      ctx.issues.push({ code: 'custom', message: notANumber, input: text });
      return z.NEVER;
    }
    return value;
  });
  return z.pipe(z.pipe(z.string(), toNumber), numberSchema);
}

export const ageTextSchema = textField(ageSchema, 'Vul uw leeftijd in met cijfers, zoals 72.');

export function portionTextSchema(foodId: FoodId) {
  const unitWords = findFood(foodId)?.unitWords ?? [];
  return textField(portionCountSchema, 'Vul een aantal in met cijfers, zoals 2 of 1,5.', unitWords);
}

export const supplementTextSchema = textField(
  supplementDoseSchema,
  'Vul het aantal milligram in met cijfers, zoals 500.',
  ['milligram', 'mg'],
);

const FALLBACK_MESSAGE = 'Controleer wat u heeft ingevuld.';
/** Passed to every parse: a Dutch message for any issue a schema has no message of its own for. */
const IN_DUTCH = { error: () => FALLBACK_MESSAGE };

/** Parses every field on its own, so one mistake never hides the rest of the day. Never throws. */
export function parseCalciumForm(form: CalciumForm): ParsedForm {
  const errors: ParsedForm['errors'] = {};
  const input: CalciumInput = { ...EMPTY_INPUT, portions: {}, supplements: {} };
  input.sex = form.sex === '' ? null : form.sex;
  input.osteoporosis = form.osteoporosis;

  if (form.age.trim() !== '') {
    const age = ageTextSchema.safeParse(form.age, IN_DUTCH);
    if (age.success) input.age = age.data;
    else errors.age = firstMessage(age.error);
  }
  for (const food of FOODS) {
    const text = form.amounts[food.id]?.trim() ?? '';
    if (text === '') continue;
    const count = portionTextSchema(food.id).safeParse(text, IN_DUTCH);
    if (count.success) input.portions[food.id] = count.data;
    else errors[food.id] = firstMessage(count.error);
  }
  for (const moment of SUPPLEMENT_MOMENTS) {
    const text = form.amounts[moment.id]?.trim() ?? '';
    if (text === '') continue;
    const dose = supplementTextSchema.safeParse(text, IN_DUTCH);
    if (dose.success) input.supplements[moment.id] = dose.data;
    else errors[moment.id] = firstMessage(dose.error);
  }
  return { input, errors };
}

function firstMessage(error: z.core.$ZodError): string {
  return error.issues[0]?.message ?? FALLBACK_MESSAGE;
}

/**
 * The new text after tapping − or +: one portion less or more, never below 0 or above the maximum. A text that
 * is not a number counts as 0; halves are kept ("1,5" + 1 = "2,5"), other fractions snap to the nearest half.
 */
export function stepPortion(text: string, delta: 1 | -1, unitWords: readonly string[] = []): string {
  const current = readNumber(text, unitWords);
  const valid = current === null || !Number.isFinite(current) || current < 0 ? 0 : Math.min(current, MAX_PORTIONS);
  const base = Math.round(valid * 2) / 2;
  const next = Math.max(0, Math.min(MAX_PORTIONS, base + delta));
  return formatDutchNumber(next, Number.isInteger(next) ? 0 : 1);
}
