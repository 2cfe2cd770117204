// The calcium calculator: validated input in, a day's total compared with the target out. Pure, no React.
// A namespace import, as the zod docs show for zod/mini: `import { z }` defeats tree-shaking in esbuild.
import * as z from 'zod/mini';
import { FOODS, REST_OF_FOOD_MG, SUPPLEMENT_MOMENTS, type FoodId, type SupplementId } from './foods';
import { groupShares, intakeShares, type FoodShare, type GroupShare } from './intake';
import { buildSuggestions, type Suggestion } from './suggestions';
import { MAX_AGE, MIN_AGE, targetFor, type Target } from './targets';

/** EFSA 2012 Tolerable Upper Intake Level for adults, food plus supplements (medical-facts.md §2.2). */
export const UPPER_LIMIT_MG = 2500;
/** Absorption is best in supplement doses of at most about 500 mg (§2.3; weakly sourced, shown as a tip). */
export const MAX_DOSE_AT_ONCE_MG = 500;
/** Input bound, not advice: more portions of one food a day is taken to be a typing error ("300 glazen"). */
export const MAX_PORTIONS = 20;
/** Input bound, not advice: one dose above the whole day's upper limit is taken to be a typing error. */
export const MAX_SUPPLEMENT_DOSE_MG = UPPER_LIMIT_MG;

export const portionCountSchema = z
  .number({ error: 'Vul een aantal in met cijfers, zoals 2 of 1,5.' })
  .check(
    z.minimum(0, { error: 'Een aantal kan niet kleiner zijn dan 0.' }),
    z.maximum(MAX_PORTIONS, { error: `Dat is erg veel. Vul een aantal in van 0 tot en met ${MAX_PORTIONS}.` }),
    z.multipleOf(0.5, { error: 'Vul hele of halve porties in, zoals 1 of 1,5.' }),
  );

export const supplementDoseSchema = z.number({ error: 'Vul het aantal milligram in met cijfers, zoals 500.' }).check(
  z.minimum(0, { error: 'Het aantal milligram kan niet kleiner zijn dan 0.' }),
  z.maximum(MAX_SUPPLEMENT_DOSE_MG, {
    error: 'Zoveel calcium zit niet in één keer. Kijk op de verpakking hoeveel milligram calcium er in één tablet zit.',
  }),
);

// z.int() used as a check, as the classic .int() does: the type message stays the one of z.number().
export const ageSchema = z.number({ error: 'Vul uw leeftijd in met cijfers, zoals 72.' }).check(
  z.int({ error: 'Vul uw leeftijd in hele jaren in, zoals 72.' }),
  z.minimum(MIN_AGE, {
    error: `Deze rekenhulp is voor volwassenen vanaf ${MIN_AGE} jaar. Voor kinderen en jongeren geldt een ander advies.`,
  }),
  z.maximum(MAX_AGE, { error: `Vul een leeftijd in van ${MIN_AGE} tot en met ${MAX_AGE} jaar.` }),
);

export const sexSchema = z.enum(['v', 'm'], { error: 'Kies vrouw of man.' });

/** Everything calculateCalcium needs. Age and sex may be missing: the total is still shown, without a target. */
export const calciumInputSchema = z.strictObject({
  age: z.nullable(ageSchema),
  sex: z.nullable(sexSchema),
  /** The person has osteoporosis or takes osteoporosis medicines. */
  osteoporosis: z.boolean(),
  portions: z.partialRecord(z.enum(FOODS.map((food) => food.id)), portionCountSchema),
  /** Calcium in mg per supplement dose, one per moment of the day. */
  supplements: z.partialRecord(z.enum(SUPPLEMENT_MOMENTS.map((moment) => moment.id)), supplementDoseSchema),
});
export type CalciumInput = z.infer<typeof calciumInputSchema>;

export const EMPTY_INPUT: CalciumInput = { age: null, sex: null, osteoporosis: false, portions: {}, supplements: {} };

export type CalciumWarning =
  { kind: 'boven-bovengrens'; totalMg: number } | { kind: 'grote-dosis'; moments: SupplementId[] };

export type CalciumResult = {
  totalMg: number;
  foodMg: number;
  supplementMg: number;
  /** The fixed amount for "the rest of the food" (0: only what is entered counts). */
  restMg: number;
  target: Target | null;
  /** The total in whole mg minus the target: negative means a gap. Null without a target. */
  differenceMg: number | null;
  perFood: FoodShare[];
  perGroup: GroupShare[];
  suggestions: Suggestion[];
  warnings: CalciumWarning[];
};

export function calculateCalcium(input: CalciumInput): CalciumResult {
  const { perFood, foodMg, supplementMg, totalMg } = intakeShares(input.portions, input.supplements);
  const target = input.age !== null && input.sex !== null ? targetFor(input.age, input.sex, input.osteoporosis) : null;
  // Compared in whole mg, as the total is shown, so the words and the suggestions always agree.
  const differenceMg = target ? Math.round(totalMg) - target.mg : null;
  const gapMg = differenceMg !== null && differenceMg < 0 ? -differenceMg : 0;

  const warnings: CalciumWarning[] = [];
  if (totalMg > UPPER_LIMIT_MG) warnings.push({ kind: 'boven-bovengrens', totalMg });
  const bigDoses = SUPPLEMENT_MOMENTS.map((moment) => moment.id).filter(
    (id) => (input.supplements[id] ?? 0) > MAX_DOSE_AT_ONCE_MG,
  );
  if (bigDoses.length > 0) warnings.push({ kind: 'grote-dosis', moments: bigDoses });

  return {
    totalMg,
    foodMg,
    supplementMg,
    restMg: REST_OF_FOOD_MG,
    target,
    differenceMg,
    perFood,
    perGroup: groupShares(perFood, totalMg),
    suggestions: buildSuggestions(gapMg, input.portions),
    warnings,
  };
}

export type { FoodId, SupplementId, Target };
