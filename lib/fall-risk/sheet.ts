// The fall-risk checklist on paper ("Print voor uw huisarts"): every question, the answer given and its points.
import { UNANSWERED, answerLabel, type Answers } from '../questionnaire/questions';
import { FALL_RISK_ITEMS } from './items';
import { itemPoints, pointsText } from './score';

export function fallRiskSheetRows(answers: Answers) {
  return FALL_RISK_ITEMS.map((item) => {
    const points = itemPoints(item, answers);
    return {
      number: item.number,
      question: item.legend,
      answer: `${answerLabel(item, answers, UNANSWERED)}${points > 0 ? ` (${pointsText(points)})` : ''}`,
    };
  });
}
