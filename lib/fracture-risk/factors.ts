// Which of the person's answers are risk factors (any answer but "nee"), and how each is said back to them.
import { answerOf, type Answers } from '../questionnaire/questions';
import {
  EARLIER,
  FRACTURE_QUESTIONS,
  LONGER,
  MAN,
  MORE_OFTEN,
  NO,
  ONCE,
  RECENT,
  SEX_QUESTION,
  SHORTER,
} from './questions';
import {
  EARLY_MENOPAUSE_BEFORE_AGE,
  GLUCOCORTICOID_MIN_COURSES_PER_YEAR,
  GLUCOCORTICOID_MIN_MONTHS,
  RECENT_FRACTURE_YEARS,
  type RiskFactorKey,
} from './rules';

export type FactorKey = RiskFactorKey | 'stootkuren';
export type Factor = { key: FactorKey; value: string };

/** "u rookt": each answer in words, for the result and the printed sheet. Keyed by question, then by answer. */
const FACTOR_WORDS: Record<FactorKey, Readonly<Record<string, string>>> = {
  breuk: {
    [RECENT]: `u brak in de afgelopen ${RECENT_FRACTURE_YEARS} jaar een bot`,
    [EARLIER]: `u brak een bot, ${RECENT_FRACTURE_YEARS} jaar geleden of langer`,
  },
  prednison: {
    [LONGER]: `u gebruikt ${GLUCOCORTICOID_MIN_MONTHS} maanden of langer prednison of een medicijn dat erop lijkt`,
    [SHORTER]: `u gebruikt korter dan ${GLUCOCORTICOID_MIN_MONTHS} maanden prednison of een medicijn dat erop lijkt`,
  },
  stootkuren: { ja: `u krijgt ${GLUCOCORTICOID_MIN_COURSES_PER_YEAR} keer per jaar of vaker een stootkuur prednison` },
  'ouder-heup': { ja: 'uw vader of moeder heeft een heup gebroken' },
  gewicht: { ja: 'u heeft een laag gewicht' },
  overgang: { ja: `u kwam vóór uw ${EARLY_MENOPAUSE_BEFORE_AGE}e in de overgang` },
  reuma: { ja: 'u heeft reumatoïde artritis' },
  ziekte: { ja: 'u heeft een ziekte uit de lijst die uw botten zwakker kan maken' },
  medicijnen: { ja: 'u gebruikt medicijnen die uw botten zwakker kunnen maken' },
  gevallen: {
    [MORE_OFTEN]: 'u bent het afgelopen jaar 2 keer of vaker gevallen',
    [ONCE]: 'u bent het afgelopen jaar 1 keer gevallen',
  },
  roken: { ja: 'u rookt' },
  alcohol: { ja: 'u drinkt veel alcohol' },
};

function isFactorKey(key: string): key is FactorKey {
  return Object.hasOwn(FACTOR_WORDS, key);
}

/**
 * Every answer that is not "nee", in question order. The menopause question is for women only: a man's answer to
 * it is left out. Never throws on odd answers: a value a question does not offer counts as no answer.
 */
export function factorsOf(answers: Answers): Factor[] {
  const isMan = answerOf(SEX_QUESTION, answers) === MAN;
  const factors: Factor[] = [];
  for (const question of FRACTURE_QUESTIONS) {
    const value = answerOf(question, answers);
    if (value === undefined || value === NO || !isFactorKey(question.key)) continue;
    if (question.key === 'overgang' && isMan) continue;
    factors.push({ key: question.key, value });
  }
  return factors;
}

export function factorWords(factor: Factor): string {
  return FACTOR_WORDS[factor.key][factor.value] ?? '';
}

/** ["u rookt", "u drinkt veel alcohol"] → "u rookt en u drinkt veel alcohol". */
export function joinDutch(parts: readonly string[]): string {
  if (parts.length <= 1) return parts[0] ?? '';
  return `${parts.slice(0, -1).join(', ')} en ${parts.at(-1)}`;
}
