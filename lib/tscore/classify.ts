// The T-score classifier's rules: named thresholds with their source, the rounding rule and the classification.
// Pure: no React, no DOM. Typed input: input.ts; Dutch result texts: result.ts; the picture:
// scale.ts; the shareable link: fragment.ts. Sources: shared/reference/medical-facts.md, section 1.
import { formatDutchNumber } from '../format/number';

/**
 * WHO 1994 (Kanis JA, WHO Study Group, Osteoporos Int 1994;4:368–81; read via Medscape 2021 and RIVM VZinfo
 * "Osteoporose – Definities"): a T-score of −1,0 or higher is "normaal". −1,0 itself counts as normaal.
 */
export const T_NORMAL_AT_OR_ABOVE = -1.0;
/** WHO 1994, same sources: a T-score of −2,5 or lower is "osteoporose". −2,5 itself counts as osteoporose. */
export const T_OSTEOPOROSIS_AT_OR_BELOW = -2.5;
/**
 * ISCD Official Positions 2005 (Leib/Binkley et al., J Clin Densitom 2006;9:22–30): for women before the menopause
 * and men under 50 a Z-score of −2,0 or lower is "below the expected range for age"; above −2,0 is "within".
 */
export const Z_BELOW_EXPECTED_AT_OR_BELOW = -2.0;
/**
 * Hard input range. UNVERIFIED practical guard (medical-facts 1.4, no source gives an observed range): a value
 * outside it is a typing error, not a score. It is checked on the number as typed, before rounding.
 */
export const SCORE_HARD_MIN = -10;
export const SCORE_HARD_MAX = 10;
/** Range usually seen in practice. UNVERIFIED best knowledge (medical-facts 1.4): outside it we ask to check. */
export const SCORE_USUAL_MIN = -5;
export const SCORE_USUAL_MAX = 4;
/** DEXA reports give T- and Z-scores with one decimal (medical-facts 1.1, developer note). */
export const SCORE_DECIMALS = 1;

/**
 * The measured sites a Dutch DEXA report gives (RACGP guideline via medical-facts 1.3; RIVM VZinfo): lumbar spine,
 * total hip, femoral neck. The lowest T-score of these counts. The order is the order of the form and the link.
 */
export const SITES = ['wervelkolom', 'heup', 'dijbeenhals'] as const;
export type Site = (typeof SITES)[number];

/**
 * Who the scores are for (medical-facts 1.2): "t" = a woman after the menopause or a man of 50 or older (WHO
 * T-score bands); "z" = a woman before the menopause or a man under 50 (ISCD: the Z-score is used instead).
 */
export const GROUPS = ['t', 'z'] as const;
/** WHO criteria apply to men of 50 and older (Medscape 2021, citing Kanis 1994); ISCD 2005: Z-score below 50. */
export const T_SCORE_MEN_FROM_AGE = 50;
export type Group = (typeof GROUPS)[number];
export type ScoreName = 'T-score' | 'Z-score';

export type TCategoryId = 'normaal' | 'osteopenie' | 'osteoporose' | 'ernstige-osteoporose';
export type ZCategoryId = 'binnen-verwachting' | 'lager-dan-verwacht';
export type CategoryId = TCategoryId | ZCategoryId;

/** From mild to severe; a lower score never gets a smaller number (tested as a property). */
export const CATEGORY_SEVERITY: Record<CategoryId, number> = {
  normaal: 0,
  osteopenie: 1,
  osteoporose: 2,
  'ernstige-osteoporose': 3,
  'binnen-verwachting': 0,
  'lager-dan-verwacht': 1,
};

/** Builds a value for every site, in form order, without casting. */
export function mapSites<T>(make: (site: Site, index: number) => T): Record<Site, T> {
  return { wervelkolom: make('wervelkolom', 0), heup: make('heup', 1), dijbeenhals: make('dijbeenhals', 2) };
}

export type Scores = Partial<Record<Site, number>>;
export type TScoreInput = { group: Group; fracture: boolean; scores: Scores };

export function scoreNameFor(group: Group): ScoreName {
  return group === 'z' ? 'Z-score' : 'T-score';
}

/**
 * Rounds to one decimal the way a DEXA report and a person do: half away from zero, on the decimal number as
 * typed. So −2,45 → −2,5 (osteoporose) and −2,44 → −2,4; −1,05 → −1,1 (osteopenie) and −1,04 → −1,0 (normaal).
 * `Math.round(x * 10) / 10` is wrong here twice: Math.round rounds halves up (−24,5 → −24, so −2,45 would become
 * −2,4), and `x * 10` carries binary noise (4,35 × 10 = 43,499…). Instead we round the magnitude and shift the
 * decimal point in the number's shortest decimal text (`${magnitude}e1`), which is exactly the text that was typed.
 * This is also how Intl.NumberFormat rounds, so the value shown and the value compared always agree. Never −0.
 */
export function roundToOneDecimal(value: number): number {
  if (!Number.isFinite(value)) return value;
  const magnitude = Math.abs(value);
  // Below 0,05 everything rounds to 0 (and String() would switch to exponent notation below 1e-6);
  // from 1e15 on every double is a whole number already.
  if (magnitude < 0.05) return 0;
  if (magnitude >= 1e15) return value;
  const rounded = Math.round(Number(`${magnitude}e1`)) / 10;
  return value < 0 ? -rounded : rounded;
}

/**
 * A score as the site shows it: Dutch, one decimal, a plain hyphen-minus ("-2,5"). Rounds with our own rule first:
 * formatDutchNumber alone turns −0,04 into "-0,0".
 */
export function formatScore(value: number): string {
  return formatDutchNumber(roundToOneDecimal(value), SCORE_DECIMALS).replace(/\u2212/g, '-');
}

/** WHO bands on the rounded T-score. A fracture after a small fall turns osteoporose into ernstige osteoporose. */
export function classifyTScore(score: number, fracture = false): TCategoryId {
  const t = roundToOneDecimal(score);
  if (t >= T_NORMAL_AT_OR_ABOVE) return 'normaal';
  if (t > T_OSTEOPOROSIS_AT_OR_BELOW) return 'osteopenie';
  return fracture ? 'ernstige-osteoporose' : 'osteoporose';
}

/** ISCD bands on the rounded Z-score. Never osteoporose: a Z-score alone does not say that. */
export function classifyZScore(score: number): ZCategoryId {
  return roundToOneDecimal(score) <= Z_BELOW_EXPECTED_AT_OR_BELOW ? 'lager-dan-verwacht' : 'binnen-verwachting';
}

export type Evaluation = {
  group: Group;
  scoreName: ScoreName;
  categoryId: CategoryId;
  /** The lowest rounded score, which decides the category. */
  value: number;
  /** Every site with that lowest value, in form order (usually one). */
  lowestSites: Site[];
  /** Every site that was filled in, with its rounded value and its own category. */
  perSite: { site: Site; value: number; categoryId: CategoryId }[];
  fracture: boolean;
};

/** Classifies the lowest of the given sites; null when no site has a score. */
export function evaluateScores(input: TScoreInput): Evaluation | null {
  const classify = (value: number): CategoryId =>
    input.group === 'z' ? classifyZScore(value) : classifyTScore(value, input.fracture);
  const perSite = SITES.flatMap((site) => {
    const score = input.scores[site];
    if (score === undefined || !Number.isFinite(score)) return [];
    const value = roundToOneDecimal(score);
    return [{ site, value, categoryId: classify(value) }];
  });
  if (perSite.length === 0) return null;
  const value = Math.min(...perSite.map((entry) => entry.value));
  return {
    group: input.group,
    scoreName: scoreNameFor(input.group),
    categoryId: classify(value),
    value,
    lowestSites: perSite.filter((entry) => entry.value === value).map((entry) => entry.site),
    perSite,
    fracture: input.fracture,
  };
}
