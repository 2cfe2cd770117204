// The age as typed, checked with zod. Every mistake gets a Dutch message; nothing throws.
import * as z from 'zod/mini';
import { parseDutchNumber } from '../format/number';
import { MAX_AGE, MIN_AGE } from './rules';

const MESSAGES = {
  empty: 'Vul eerst uw leeftijd in. Die bepaalt welke regels voor u gelden.',
  notANumber: 'Vul uw leeftijd in met cijfers, zoals 67.',
  notWhole: 'Vul uw leeftijd in hele jaren in, zoals 67.',
  tooYoung: `Deze vragen zijn voor volwassenen. Vul een leeftijd in vanaf ${MIN_AGE} jaar.`,
  tooOld: `Vul een leeftijd in van ${MIN_AGE} tot en met ${MAX_AGE} jaar.`,
} as const;

/** Longer than any age someone types; the rest of a pasted text is not read. */
export const MAX_AGE_TEXT_LENGTH = 12;

/** The first MAX_AGE_TEXT_LENGTH characters, counted as characters (a pasted emoji is not cut in half). */
export function clipAgeText(text: string): string {
  return Array.from(text).slice(0, MAX_AGE_TEXT_LENGTH).join('');
}

export const ageSchema = z
  .number({ error: MESSAGES.notANumber })
  .check(
    z.int({ error: MESSAGES.notWhole }),
    z.minimum(MIN_AGE, { error: MESSAGES.tooYoung }),
    z.maximum(MAX_AGE, { error: MESSAGES.tooOld }),
  );

const ageTextSchema = z.pipe(
  z.string(),
  z.transform((text: string, ctx) => {
    // "67 jaar" is fine: the unit is dropped before the number is read.
    const value = parseDutchNumber(text.trim().replace(/\s*jaar$/i, ''));
    if (value === null) {
      ctx.issues.push({ code: 'custom', message: MESSAGES.notANumber, input: text });
      return z.NEVER;
    }
    return value;
  }),
);

export type AgeCheck = { age: number; error: null } | { age: null; error: string };

/** "67" → 67; "", "zeventig", "7", "140" and "67,5" → a Dutch message. */
export function checkAge(text: string): AgeCheck {
  const trimmed = clipAgeText(text.trim());
  if (trimmed === '') return { age: null, error: MESSAGES.empty };
  const parsed = z.pipe(ageTextSchema, ageSchema).safeParse(trimmed, { error: () => MESSAGES.notANumber });
  if (parsed.success) return { age: parsed.data, error: null };
  return { age: null, error: parsed.error.issues[0]?.message ?? MESSAGES.notANumber };
}
