// The rules of "Moet ik mijn huisarts vragen naar mijn botten?", each with its source in medical-facts.md.
// Only the NHG-Standaard Fractuurpreventie's opening section (2024) could be read: its three risk groups are used as
// rules. How the GP scores risk group 3 and what follows (tabel h1, DXA, FRAX) are UNVERIFIED (§11.1, §14 item 2):
// the tool never applies them and says "bespreek het met uw huisarts" instead.

/** §11.1 risicogroep 1: "patiënten ≥ 50 jaar met een (wervel)fractuur < 2 jaar geleden". */
export const RECENT_FRACTURE_MIN_AGE = 50;
/** §11.1 risicogroep 1: the fracture was less than 2 years ago (exactly 2 years does not count). */
export const RECENT_FRACTURE_YEARS = 2;
/** §11.1 risicogroep 2: "patiënten ≥ 40 jaar met ≥ 4 stootkuren per jaar of systemisch gebruik van glucocorticoïden ≥ 3 maanden". */
export const GLUCOCORTICOID_MIN_AGE = 40;
/** §11.1 risicogroep 2: systemic use for 3 months or longer. */
export const GLUCOCORTICOID_MIN_MONTHS = 3;
/** §11.1 risicogroep 2: 4 or more courses ("stootkuren") a year. */
export const GLUCOCORTICOID_MIN_COURSES_PER_YEAR = 4;
/** §11.1 risicogroep 3: "patiënten ≥ 60 jaar met vragen/risicofactoren voor een fractuur". */
export const RISK_FACTOR_MIN_AGE = 60;
/** §11.1 (fall risk): after 2 or more falls in the past year the GP also asks about the chance of falling. */
export const FALLS_FOR_FALL_RISK_QUESTIONS = 2;
/** §11.1 (LUMC, VERIFIED secondary): menopause before age 45 is a risk factor. */
export const EARLY_MENOPAUSE_BEFORE_AGE = 45;
/**
 * §11.1, the superseded 2012 score table: "weight < 60 kg". Shown only as an example of a low weight, never as a
 * cut-off of the current guideline.
 */
export const LOW_WEIGHT_EXAMPLE_KG = 60;

/** Input sanity, not medicine: the check is for adults; older than 120 is a typing mistake. */
export const MIN_AGE = 18;
export const MAX_AGE = 120;

/**
 * Risk factors named in the 2024 NHG text that could be read (§11.1 anamnesis: parent with a hip fracture, smoking,
 * alcohol, medicines (glucocorticoids), falls in the past year) and in the sheet's plain-language list for the
 * 60+ group (low weight). At 60 or older any of these puts a person in risicogroep 3.
 */
export const NHG_RISK_FACTORS = ['ouder-heup', 'gewicht', 'roken', 'alcohol', 'prednison', 'gevallen'] as const;

/**
 * Other risk factors the sheet names from other sources (§11.1: LUMC; the superseded 2012 table and its list of
 * conditions linked to secondary osteoporosis). Whether the 2024 guideline counts them is UNVERIFIED (tabel h1):
 * they lead to "bespreek het met uw huisarts", never to a risk group.
 */
export const OTHER_RISK_FACTORS = ['breuk', 'overgang', 'reuma', 'ziekte', 'medicijnen'] as const;

export type RiskFactorKey = (typeof NHG_RISK_FACTORS)[number] | (typeof OTHER_RISK_FACTORS)[number];
