// How much calcium a day is recommended for one person. Numbers: shared/reference/medical-facts.md §2.

export type Sex = 'v' | 'm';

/** The tool is for adults: the Dutch adult norms and the EFSA upper limit apply from 18 (§2.1, §2.2). */
export const MIN_AGE = 18;
/** Anything above is taken to be a typing error. */
export const MAX_AGE = 120;

export type TargetBand = {
  /** The band as a person reads it, e.g. "51 tot en met 69 jaar". */
  label: string;
  minAge: number;
  maxAge: number;
  womenMg: number;
  menMg: number;
};

/**
 * Recommended daily intake (ADH) for adults: Gezondheidsraad 2018, "Voedingsnormen voor vitamines en mineralen
 * voor volwassenen" (no. 2018/19), as used by the Voedingscentrum; medical-facts.md §2.1 and §9.
 * 18–24 is 1000 mg for both sexes; one secondary source says 950 mg for women of that age (see §2.1, contradiction).
 */
export const TARGET_BANDS: readonly TargetBand[] = [
  { label: '18 tot en met 24 jaar', minAge: 18, maxAge: 24, womenMg: 1000, menMg: 1000 },
  { label: '25 tot en met 50 jaar', minAge: 25, maxAge: 50, womenMg: 950, menMg: 950 },
  { label: '51 tot en met 69 jaar', minAge: 51, maxAge: 69, womenMg: 1100, menMg: 950 },
  { label: '70 jaar en ouder', minAge: 70, maxAge: MAX_AGE, womenMg: 1200, menMg: 1200 },
];

/** With osteoporosis or osteoporosis medicines: "1000 tot 1200 mg calcium/dag" (Farmacotherapeutisch Kompas, §2.4). */
export const OSTEOPOROSIS_MIN_MG = 1000;
export const OSTEOPOROSIS_MAX_MG = 1200;
/** "= 4 zuivelconsumpties" (Farmacotherapeutisch Kompas; also Apotheek WZA formulary, §2.4). */
export const OSTEOPOROSIS_DAIRY_PORTIONS = 4;

export type Target = {
  /** The number the day is compared with. */
  mg: number;
  /** The usual recommendation for this age and sex. */
  adviceMg: number;
  band: TargetBand;
  sex: Sex;
  /** True when the 1000–1200 mg advice for osteoporosis is used. */
  osteoporosis: boolean;
};

export function findBand(age: number): TargetBand | undefined {
  return TARGET_BANDS.find((band) => age >= band.minAge && age <= band.maxAge);
}

/**
 * The target for one person. With osteoporosis the usual advice is kept when it lies within 1000–1200 mg and
 * raised or lowered to the nearest end of that range otherwise, so a woman of 60 keeps 1100 mg and a man of 60
 * gets 1000 mg instead of 950 mg.
 */
export function targetFor(age: number, sex: Sex, osteoporosis: boolean): Target | null {
  const band = findBand(age);
  if (!band) return null;
  const adviceMg = sex === 'v' ? band.womenMg : band.menMg;
  const mg = osteoporosis ? Math.min(OSTEOPOROSIS_MAX_MG, Math.max(OSTEOPOROSIS_MIN_MG, adviceMg)) : adviceMg;
  return { mg, adviceMg, band, sex, osteoporosis };
}
