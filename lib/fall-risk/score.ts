// The score of the fall-risk checklist and what it means, in words. Scoring and cut-off: medical-facts.md §10.1.
import { YES } from '../fragment/fragment';
import { answerOf, type Answers } from '../questionnaire/questions';
import {
  FALL_RISK_CUT_OFF,
  FALL_RISK_ITEMS,
  FALL_RISK_MAX_SCORE,
  NO_POINTS,
  type FallRiskItem,
  type ScreeningQuestionId,
} from './items';
import { adviceFor, type AdviceStep } from './advice';

export type FallRiskResult = {
  points: number;
  maxPoints: number;
  /** §10.1: 4 points or more. */
  higherRisk: boolean;
  /** "U heeft 5 punten. Dat betekent dat u een grotere kans kunt hebben om te vallen." */
  headline: string;
  /** The items answered "ja", in checklist order. */
  yesItems: readonly FallRiskItem[];
  unanswered: number;
  /** Which of the three Dutch screening questions (§10.2) the "ja" answers touch. */
  screening: readonly ScreeningQuestionId[];
  steps: readonly AdviceStep[];
};

/** Points for one item: its points for "ja", 0 for "nee" or no answer (unanswered counts as "nee"). */
export function itemPoints(item: FallRiskItem, answers: Answers): number {
  return answerOf(item, answers) === YES ? item.points : NO_POINTS;
}

export function fallRiskScore(answers: Answers): number {
  return FALL_RISK_ITEMS.reduce((sum, item) => sum + itemPoints(item, answers), 0);
}

export function pointsText(points: number): string {
  return points === 1 ? '1 punt' : `${points} punten`;
}

/**
 * §10.1: the CDC says people at or above the cut-off "may be at risk", so the text says "kunt hebben". Below it, a
 * "ja" on a Dutch screening question (§10.2) still calls for the GP, so "geen grotere kans" is said only without one.
 */
export function fallRiskHeadline(points: number, screening: readonly ScreeningQuestionId[] = []): string {
  const below = `Dat is minder dan ${FALL_RISK_CUT_OFF}.`;
  let meaning: string;
  if (points >= FALL_RISK_CUT_OFF) meaning = 'Dat betekent dat u een grotere kans kunt hebben om te vallen.';
  else if (screening.includes('gevallen'))
    meaning = `${below} Maar u bent het afgelopen jaar gevallen. Bespreek uw val met uw huisarts.`;
  else if (screening.length > 0)
    meaning = `${below} Maar u zei ja op een vraag die huisartsen ook stellen. Bespreek het met uw huisarts.`;
  else meaning = `${below} Uit deze vragen blijkt geen grotere kans om te vallen.`;
  return `U heeft ${pointsText(points)}. ${meaning}`;
}

export function describeFallRisk(answers: Answers): FallRiskResult {
  const points = fallRiskScore(answers);
  const yesItems = FALL_RISK_ITEMS.filter((item) => answerOf(item, answers) === YES);
  const screening = [...new Set(yesItems.flatMap((item) => (item.screening ? [item.screening] : [])))];
  const higherRisk = points >= FALL_RISK_CUT_OFF;
  return {
    points,
    maxPoints: FALL_RISK_MAX_SCORE,
    higherRisk,
    headline: fallRiskHeadline(points, screening),
    yesItems,
    unanswered: FALL_RISK_ITEMS.filter((item) => answerOf(item, answers) === undefined).length,
    screening,
    steps: adviceFor(higherRisk, screening.length > 0),
  };
}
