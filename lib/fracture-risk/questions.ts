// The questions of "Moet ik mijn huisarts vragen naar mijn botten?" as data, in plain Dutch. Every question is one
// situation or risk factor that medical-facts.md §11.1 names; the numbers in the wording come from rules.ts.
import { NO, YES } from '../fragment/fragment';
import { YES_NO, type ChoiceQuestion } from '../questionnaire/questions';
import {
  EARLY_MENOPAUSE_BEFORE_AGE,
  FALLS_FOR_FALL_RISK_QUESTIONS,
  GLUCOCORTICOID_MIN_COURSES_PER_YEAR,
  GLUCOCORTICOID_MIN_MONTHS,
  LOW_WEIGHT_EXAMPLE_KG,
  RECENT_FRACTURE_YEARS,
} from './rules';

export const AGE_KEY = 'leeftijd';
export const RECENT = 'recent';
export const EARLIER = 'eerder';
export const SHORTER = 'korter';
export const LONGER = 'langer';
export const ONCE = 'een-keer';
export const MORE_OFTEN = 'vaker';
export const WOMAN = 'v';
export const MAN = 'm';

export const SEX_QUESTION: ChoiceQuestion = {
  key: 'geslacht',
  legend: 'Bent u een vrouw of een man?',
  options: [
    { value: WOMAN, label: 'Vrouw' },
    { value: MAN, label: 'Man' },
  ],
};

/** The questions after age and sex, in the order the page asks them. */
export const FRACTURE_QUESTIONS: readonly ChoiceQuestion[] = [
  {
    key: 'breuk',
    // §11.1 risicogroep 1: age ≥ 50 now (asked separately) and a fracture less than 2 years ago. An older fracture is
    // kept as a "bespreek het" factor. Plain-language list: not face, skull, fingers, toes or neck; not an accident.
    legend: `Heeft u in de afgelopen ${RECENT_FRACTURE_YEARS} jaar een bot gebroken?`,
    hint: 'Tel niet mee: een breuk in uw gezicht, schedel, vingers, tenen of nek, of een breuk door een ernstig ongeluk.',
    options: [
      { value: RECENT, label: 'Ja' },
      { value: EARLIER, label: `Nee, maar wel eerder: ${RECENT_FRACTURE_YEARS} jaar geleden of langer` },
      { value: NO, label: 'Nee' },
    ],
  },
  {
    key: 'prednison',
    legend: 'Gebruikt u prednison of een medicijn dat erop lijkt?',
    hint: 'Het gaat om tabletten of injecties die in uw hele lichaam werken. Een zalf of puffer telt niet mee.',
    options: [
      { value: LONGER, label: `Ja, ${GLUCOCORTICOID_MIN_MONTHS} maanden of langer` },
      { value: SHORTER, label: `Ja, korter dan ${GLUCOCORTICOID_MIN_MONTHS} maanden` },
      { value: NO, label: 'Nee' },
    ],
  },
  {
    key: 'stootkuren',
    legend: `Krijgt u ${GLUCOCORTICOID_MIN_COURSES_PER_YEAR} keer per jaar of vaker een stootkuur prednison?`,
    hint: 'Een stootkuur is een korte kuur met prednison.',
    options: YES_NO,
  },
  { key: 'ouder-heup', legend: 'Heeft uw vader of moeder een heup gebroken?', options: YES_NO },
  {
    key: 'gewicht',
    legend: 'Heeft u een laag gewicht?',
    hint: `Bijvoorbeeld: u weegt minder dan ${LOW_WEIGHT_EXAMPLE_KG} kilo.`,
    options: YES_NO,
  },
  {
    key: 'overgang',
    legend: `Alleen voor vrouwen: bent u vóór uw ${EARLY_MENOPAUSE_BEFORE_AGE}e in de overgang gekomen?`,
    options: YES_NO,
  },
  {
    key: 'reuma',
    legend: 'Heeft u reumatoïde artritis?',
    hint: 'Dit is een vorm van reuma waarbij uw gewrichten ontstoken zijn.',
    options: YES_NO,
  },
  {
    key: 'ziekte',
    legend: 'Heeft u een van deze ziektes?',
    // §11.1: the 2012 list of conditions linked to secondary osteoporosis (a selection, in plain words).
    hint:
      'Diabetes, de ziekte van Crohn of colitis ulcerosa, COPD, een te snel werkende schildklier of bijschildklier, ' +
      'anorexia, of u heeft een orgaantransplantatie gehad.',
    options: YES_NO,
  },
  {
    key: 'medicijnen',
    legend: 'Gebruikt u medicijnen tegen epilepsie, of medicijnen die uw geslachtshormonen verlagen?',
    hint: 'Ook chemotherapie voor borstkanker telt mee. Twijfelt u? Vraag het uw apotheker.',
    options: YES_NO,
  },
  {
    key: 'gevallen',
    legend: 'Hoe vaak bent u het afgelopen jaar gevallen?',
    options: [
      { value: MORE_OFTEN, label: `${FALLS_FOR_FALL_RISK_QUESTIONS} keer of vaker` },
      { value: ONCE, label: '1 keer' },
      { value: NO, label: 'Niet' },
    ],
  },
  { key: 'roken', legend: 'Rookt u?', options: YES_NO },
  { key: 'alcohol', legend: 'Drinkt u veel alcohol?', options: YES_NO },
];

/** Every choice question of the check, sex first: what the fragment and the printed sheet go through. */
export const ALL_CHOICE_QUESTIONS: readonly ChoiceQuestion[] = [SEX_QUESTION, ...FRACTURE_QUESTIONS];

/** The answers that mean "yes, this applies" for each question: anything but "nee". */
export function isYesLike(value: string | undefined): boolean {
  return value !== undefined && value !== NO;
}

export { YES, NO };
