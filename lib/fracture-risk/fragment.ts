// The fracture-risk check in the URL fragment: "#leeftijd=67&geslacht=v&breuk=recent&roken=ja". The keys are the
// fields' names, so a link and a no-JavaScript form submit read the same. Unknown keys and values are ignored; the
// age comes back as typed (cut short), so a wrong age shows its usual message.
import { readFragment, writeFragment } from '../fragment/fragment';
import { readAnswers, writeAnswers } from '../questionnaire/questions';
import { clipAgeText } from './age';
import { AGE_KEY, ALL_CHOICE_QUESTIONS } from './questions';
import type { FractureForm } from './result';

export function encodeFractureFragment(form: FractureForm): string {
  const age = writeFragment([[AGE_KEY, clipAgeText(form.age)]]);
  const body = [age, writeAnswers(ALL_CHOICE_QUESTIONS, form.answers)].filter((part) => part !== '').join('&');
  return body === '' ? '' : `#${body}`;
}

/** Never throws. null when the fragment holds nothing of this check (empty, a section anchor, only unknown keys). */
export function decodeFractureFragment(hash: string): FractureForm | null {
  const entries = readFragment(hash);
  if (entries === null) return null;
  const age = clipAgeText(entries.get(AGE_KEY) ?? '');
  const answers = readAnswers(ALL_CHOICE_QUESTIONS, hash);
  if (age === '' && Object.keys(answers).length === 0) return null;
  return { age, answers };
}
