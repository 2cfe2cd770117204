// From age and answers to the advice, in words. Never a diagnosis, never a percentage: only whether the NHG
// guideline's risk groups (medical-facts.md §11.1) include the person, and otherwise "bespreek het met uw huisarts".
import type { Answers } from '../questionnaire/questions';
import { checkAge } from './age';
import { factorWords, factorsOf, joinDutch, type Factor } from './factors';
import { LONGER, MORE_OFTEN, RECENT } from './questions';
import {
  GLUCOCORTICOID_MIN_AGE,
  NHG_RISK_FACTORS,
  RECENT_FRACTURE_MIN_AGE,
  RECENT_FRACTURE_YEARS,
  RISK_FACTOR_MIN_AGE,
} from './rules';

export type FractureForm = { age: string; answers: Answers };
export type ResultLink = { href: string; title: string };
export type RiskGroup = 1 | 2 | 3;

export type FractureRiskResult =
  | { kind: 'leeftijd'; headline: string }
  | {
      kind: 'afspraak' | 'bespreek' | 'geen';
      headline: string;
      /** The NHG risk groups the answers put the person in (empty unless kind is "afspraak"). */
      groups: readonly RiskGroup[];
      /** What the guideline counts, one sentence each: "U bent 50 jaar of ouder en ...". */
      counted: readonly string[];
      /** Other answers that may matter, for the GP to weigh: "u heeft reumatoïde artritis". */
      toDiscuss: readonly string[];
      notes: readonly string[];
      links: readonly ResultLink[];
    };

const FALL_TEST_LINK: ResultLink = { href: '/hulpmiddelen/valrisico', title: 'Doe de valcheck' };
const RISK_FACTORS_LINK: ResultLink = {
  href: '/artikelen/oorzaken-en-risicofactoren',
  title: 'Wat maakt uw botten zwakker?',
};
const CALCIUM_LINK: ResultLink = { href: '/hulpmiddelen/calcium', title: 'Krijg ik genoeg calcium?' };

const isNhgFactor = (factor: Factor) => (NHG_RISK_FACTORS as readonly string[]).includes(factor.key);

/** §11.1 risicogroep 1: the recent fracture that puts the person in it, or undefined. */
export function recentFractureFactor(age: number, factors: readonly Factor[]): Factor | undefined {
  if (age < RECENT_FRACTURE_MIN_AGE) return undefined;
  return factors.find((f) => f.key === 'breuk' && f.value === RECENT);
}

/** §11.1 risicogroep 2: long use, or 4 or more courses a year. */
export function glucocorticoidFactors(age: number, factors: readonly Factor[]): Factor[] {
  if (age < GLUCOCORTICOID_MIN_AGE) return [];
  return factors.filter((f) => (f.key === 'prednison' && f.value === LONGER) || f.key === 'stootkuren');
}

/** §11.1 risicogroep 3: 60 or older with a risk factor the 2024 text names. */
export function riskFactorGroupFactors(age: number, factors: readonly Factor[]): Factor[] {
  return age >= RISK_FACTOR_MIN_AGE ? factors.filter(isNhgFactor) : [];
}

const CAUSE: Record<RiskGroup, string> = {
  1: `uw botbreuk in de afgelopen ${RECENT_FRACTURE_YEARS} jaar`,
  2: 'uw gebruik van prednison',
  3: 'uw leeftijd en wat u noemde',
};

export function describeFractureRisk(form: FractureForm): FractureRiskResult {
  const ageCheck = checkAge(form.age);
  if (ageCheck.error !== null) return { kind: 'leeftijd', headline: ageCheck.error };
  const age = ageCheck.age;
  const factors = factorsOf(form.answers);

  const counted: string[] = [];
  const used = new Set<Factor>();
  const groups: RiskGroup[] = [];
  const fracture = recentFractureFactor(age, factors);
  if (fracture) {
    groups.push(1);
    used.add(fracture);
    counted.push(`U bent ${RECENT_FRACTURE_MIN_AGE} jaar of ouder en ${factorWords(fracture)}.`);
  }
  const glucocorticoid = glucocorticoidFactors(age, factors);
  if (glucocorticoid.length > 0) {
    groups.push(2);
    glucocorticoid.forEach((f) => used.add(f));
    counted.push(`U bent ${GLUCOCORTICOID_MIN_AGE} jaar of ouder en ${joinDutch(glucocorticoid.map(factorWords))}.`);
  }
  const riskFactors = riskFactorGroupFactors(age, factors).filter((f) => !used.has(f));
  if (riskFactors.length > 0) {
    groups.push(3);
    riskFactors.forEach((f) => used.add(f));
    counted.push(`U bent ${RISK_FACTOR_MIN_AGE} jaar of ouder en ${joinDutch(riskFactors.map(factorWords))}.`);
  }
  const toDiscuss = factors.filter((f) => !used.has(f)).map(factorWords);

  const notes: string[] = [];
  const links: ResultLink[] = [];
  if (factors.some((f) => f.key === 'gevallen' && f.value === MORE_OFTEN)) {
    // §11.1: after 2 or more falls in a year the GP also asks about the chance of falling.
    notes.push(
      'U bent vaker gevallen. Dan vraagt de huisarts ook naar uw kans om te vallen. Doe daarvoor de valcheck.',
    );
    links.push(FALL_TEST_LINK);
  }

  if (groups.length > 0) {
    const [only, ...more] = groups;
    const cause = only !== undefined && more.length === 0 ? CAUSE[only] : 'uw antwoorden';
    return {
      kind: 'afspraak',
      headline: `Door ${cause} hoort u bij de mensen bij wie de huisarts de kans op een botbreuk wil inschatten. Maak een afspraak met uw huisarts.`,
      groups,
      counted,
      toDiscuss,
      notes: ['Neem deze uitslag mee naar de huisarts. Print hem met de knop “Print voor uw huisarts”.', ...notes],
      links: [...links, RISK_FACTORS_LINK],
    };
  }
  if (toDiscuss.length > 0) {
    return {
      kind: 'bespreek',
      headline:
        'Uit uw antwoorden blijkt iets dat uw kans op een botbreuk groter kan maken. Bespreek het met uw huisarts.',
      groups,
      counted,
      toDiscuss,
      notes: ['Hoe zwaar dit voor u meetelt, kan uw huisarts het beste beoordelen.', ...notes],
      links: [...links, RISK_FACTORS_LINK],
    };
  }
  const questions =
    age >= RISK_FACTOR_MIN_AGE
      ? [
          `Heeft u toch vragen over uw botten? Vanaf ${RISK_FACTOR_MIN_AGE} jaar kunt u die altijd aan uw huisarts stellen.`,
        ]
      : [];
  return {
    kind: 'geen',
    headline: 'Uit uw antwoorden blijkt geen duidelijke reden om de huisarts nu naar uw botten te vragen.',
    groups,
    counted,
    toDiscuss,
    notes: [
      'Blijf bewegen en zorg voor genoeg calcium en vitamine D.',
      'Breekt u een bot, of gaat u prednison gebruiken? Doe deze vragen dan opnieuw.',
      ...questions,
      ...notes,
    ],
    links: [...links, CALCIUM_LINK, RISK_FACTORS_LINK],
  };
}
