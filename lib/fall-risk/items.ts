// The 12 questions of the CDC STEADI "Check Your Risk for Falling" checklist (Stay Independent brochure), in plain
// Dutch, with the brochure's points. Source: medical-facts.md §10.1 (items and scoring as printed in the brochure's
// reproductions; the CDC-submitted copy of the brochure, OMB ICR 201501-0920-003, Appendix G).
import { YES_NO, type ChoiceQuestion } from '../questionnaire/questions';

/** §10.1: items 1 and 2 score 2 points for "yes". */
export const HEAVY_ITEM_POINTS = 2;
/** §10.1: every other item scores 1 point for "yes". */
export const ITEM_POINTS = 1;
/** §10.1: "a 'No' scores 0". An unanswered question counts as "no" (our choice, said on the page). */
export const NO_POINTS = 0;
/** §10.1: "people with a score of 4 points or more may be at risk for falling". */
export const FALL_RISK_CUT_OFF = 4;

export type FallRiskItem = ChoiceQuestion & {
  /** Points for "ja". */
  points: number;
  /** The item's number in the CDC checklist. */
  number: number;
  /** Which of the three Dutch screening questions (§10.2) this item touches, if any. */
  screening?: ScreeningQuestionId;
};

/** §10.2: the three screening questions that start the Dutch fall-prevention pathway (Ketenaanpak Valpreventie). */
export type ScreeningQuestionId = 'gevallen' | 'bezorgd' | 'bewegen';

function item(
  number: number,
  key: string,
  legend: string,
  points: number,
  screening?: ScreeningQuestionId,
): FallRiskItem {
  return { number, key, legend, points, options: YES_NO, ...(screening ? { screening } : {}) };
}

export const FALL_RISK_ITEMS: readonly FallRiskItem[] = [
  item(1, 'gevallen', 'Bent u het afgelopen jaar gevallen?', HEAVY_ITEM_POINTS, 'gevallen'),
  item(
    2,
    'stok-of-rollator',
    'Gebruikt u een stok of rollator om veilig te lopen? Of heeft iemand u dat aangeraden?',
    HEAVY_ITEM_POINTS,
    'bewegen',
  ),
  item(3, 'onzeker-lopen', 'Voelt u zich soms onzeker als u loopt?', ITEM_POINTS, 'bewegen'),
  item(4, 'meubels', 'Houdt u zich thuis vast aan meubels als u loopt?', ITEM_POINTS, 'bewegen'),
  item(5, 'bang-om-te-vallen', 'Maakt u zich zorgen dat u valt?', ITEM_POINTS, 'bezorgd'),
  item(6, 'opstaan', 'Moet u met uw handen duwen om op te staan uit een stoel?', ITEM_POINTS, 'bewegen'),
  item(7, 'stoeprand', 'Heeft u wat moeite om een stoeprand op te stappen?', ITEM_POINTS, 'bewegen'),
  item(8, 'wc', 'Moet u vaak haasten om op tijd bij de wc te zijn?', ITEM_POINTS),
  item(9, 'gevoel-voeten', 'Heeft u minder gevoel in uw voeten gekregen?', ITEM_POINTS),
  item(
    10,
    'medicijnen-duizelig',
    'Gebruikt u medicijnen waardoor u zich soms licht in het hoofd of extra moe voelt?',
    ITEM_POINTS,
  ),
  item(11, 'medicijnen-slaap-stemming', 'Gebruikt u medicijnen om te slapen of voor uw stemming?', ITEM_POINTS),
  item(12, 'somber', 'Voelt u zich vaak somber of neerslachtig?', ITEM_POINTS),
];

/** §10.1: 2 × 2 + 10 × 1 = 14. */
export const FALL_RISK_MAX_SCORE = FALL_RISK_ITEMS.reduce((sum, entry) => sum + entry.points, 0);
