// The rules in words, for the page without JavaScript: whom the GP assesses (medical-facts.md §11.1).
import {
  GLUCOCORTICOID_MIN_AGE,
  GLUCOCORTICOID_MIN_COURSES_PER_YEAR,
  GLUCOCORTICOID_MIN_MONTHS,
  RECENT_FRACTURE_MIN_AGE,
  RECENT_FRACTURE_YEARS,
  RISK_FACTOR_MIN_AGE,
} from './rules';

export const GUIDELINE_GROUPS_TEXT = {
  groups: [
    `U bent ${RECENT_FRACTURE_MIN_AGE} jaar of ouder en u brak minder dan ${RECENT_FRACTURE_YEARS} jaar geleden een bot.`,
    `U bent ${GLUCOCORTICOID_MIN_AGE} jaar of ouder en u gebruikt ${GLUCOCORTICOID_MIN_MONTHS} maanden of langer prednison of een medicijn dat erop lijkt. Of u krijgt ${GLUCOCORTICOID_MIN_COURSES_PER_YEAR} keer per jaar of vaker een stootkuur.`,
    `U bent ${RISK_FACTOR_MIN_AGE} jaar of ouder en u heeft vragen of risicofactoren. Bijvoorbeeld: uw vader of moeder brak een heup, u heeft een laag gewicht, u valt, u rookt of u drinkt veel alcohol.`,
  ],
  other:
    'Ook andere dingen kunnen uw botten zwakker maken, zoals vroeg in de overgang komen, reumatoïde artritis, sommige ziektes en sommige medicijnen. Hoe de huisarts die meetelt, bespreekt u het beste met uw huisarts zelf.',
} as const;
