// The fracture-risk check on paper ("Print voor uw huisarts"): every question with the answer given, and the result.
import { UNANSWERED, answerLabel } from '../questionnaire/questions';
import { checkAge, clipAgeText } from './age';
import { ALL_CHOICE_QUESTIONS } from './questions';
import type { FractureForm, FractureRiskResult } from './result';

export const DISCUSS_HEADING: Record<'afspraak' | 'bespreek' | 'geen', string> = {
  afspraak: 'Bespreek ook met uw huisarts',
  bespreek: 'Wat u noemde',
  geen: 'Wat u noemde',
};

/** §11.1: the source of the rules, and what the check is not. */
export const FRACTURE_SHEET_FOOTNOTE =
  'Gebaseerd op de NHG-Standaard Fractuurpreventie (2024): bij wie de huisarts de kans op een botbreuk inschat. ' +
  'Dit is geen diagnose en geen berekening van een kans.';

/** "u rookt" → "U rookt." */
export function asSentence(line: string): string {
  return `${line.charAt(0).toUpperCase()}${line.slice(1)}.`;
}

export function sheetRows(form: FractureForm) {
  const typed = clipAgeText(form.age.trim());
  const { age } = checkAge(typed);
  return [
    {
      number: 1,
      question: 'Hoe oud bent u?',
      answer: age !== null ? `${age} jaar` : typed === '' ? UNANSWERED : typed,
    },
    ...ALL_CHOICE_QUESTIONS.map((question, index) => ({
      number: index + 2,
      question: question.legend,
      answer: answerLabel(question, form.answers, UNANSWERED),
    })),
  ];
}

export function sheetResultLines(result: FractureRiskResult): string[] {
  if (result.kind === 'leeftijd') return [result.headline];
  const discuss =
    result.toDiscuss.length > 0 ? [`${DISCUSS_HEADING[result.kind]}: ${result.toDiscuss.join('; ')}.`] : [];
  return [result.headline, ...result.counted, ...discuss];
}
