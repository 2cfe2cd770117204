// The fall-risk checklist in the URL fragment: "#gevallen=ja&stok-of-rollator=nee&somber=ja". The keys are the
// radios' names, so a link and a no-JavaScript form submit read the same. Unknown keys and values are ignored.
import { readAnswers, writeAnswers, type Answers } from '../questionnaire/questions';
import { FALL_RISK_ITEMS } from './items';

export function encodeFallRiskFragment(answers: Answers): string {
  const body = writeAnswers(FALL_RISK_ITEMS, answers);
  return body === '' ? '' : `#${body}`;
}

/** Never throws: anything that is not an answer to one of the 12 questions is left out. */
export function decodeFallRiskFragment(hash: string): Record<string, string> {
  return readAnswers(FALL_RISK_ITEMS, hash);
}
